import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { IcpImport } from '@/components/IcpImport';
import { IcpView } from '@/components/IcpView';
import type { IcpIssue } from '@/lib/icp/parse-icp-file';
import type { Icp } from '@/lib/icp/schema';
import { saveAsFile } from '@/lib/download-file';
import { sendMessage } from '@/lib/messaging';
import { BackupRestore } from './BackupRestore';
import { DiagnosticsPanel } from './DiagnosticsPanel';
import { FingerprintImport } from './FingerprintImport';
import { IcpEditorSection } from './icp-editor/IcpEditorSection';
import { IcpFromData } from './icp-from-data/IcpFromData';
import { SuppressionLists } from './SuppressionLists';
import { TeamIcpUrl } from './TeamIcpUrl';
import { WebsiteReadingToggle } from './WebsiteReadingToggle';

const MAX_ICP_FILE_BYTES = 2_000_000;

interface ImportState {
  fileName?: string;
  errors: IcpIssue[];
  imported?: string;
}

export function OptionsApp() {
  const [icp, setIcp] = useState<Icp>();
  const [loadError, setLoadError] = useState<string>();
  const [importState, setImportState] = useState<ImportState>({ errors: [] });
  // Bumped when something outside the editor changes the stored ICPs or the lists.
  const [icpsChanged, setIcpsChanged] = useState(0);
  const [listsChanged, setListsChanged] = useState(0);
  // A draft ICP made from CRM data, opened unsaved in the editor; the serial reopens a second one.
  const [crmDraft, setCrmDraft] = useState<{ icp: Icp; serial: number }>();

  const loadActive = () =>
    sendMessage('getActiveIcp', {})
      .then(setIcp)
      .catch((error: unknown) => setLoadError(String(error)));
  useEffect(() => void loadActive(), []);

  const importFile = async (file: File) => {
    if (file.size > MAX_ICP_FILE_BYTES) {
      const message = `the file is ${file.size} bytes; an ICP file is at most ${MAX_ICP_FILE_BYTES}`;
      return setImportState({ fileName: file.name, errors: [{ path: '(file)', message }] });
    }
    const result = await sendMessage('importIcp', { text: await file.text() });
    if (!result.ok) return setImportState({ fileName: file.name, errors: result.errors });
    setImportState({ fileName: file.name, errors: [], imported: result.icp.name });
    setIcp(result.icp);
    setIcpsChanged((n) => n + 1);
  };

  return (
    <main class="options">
      <h1>Fitcheck: your Ideal Customer Profile</h1>
      <p>
        <a href={browser.runtime.getURL('/dashboard.html')} data-testid="open-dashboard">
          Open the shortlist and dashboard
        </a>
      </p>
      <p class="muted">
        Every company page you open is scored against the active ICP. Import your team's ICP file, or export
        this one to edit it: the file format is described in docs/icp-format.md in Fitcheck's repository.
      </p>
      <div class="toolbar">
        <IcpImport
          onFile={(file) => void importFile(file).catch((error: unknown) => setLoadError(String(error)))}
          errors={importState.errors}
          fileName={importState.fileName}
          imported={importState.imported}
        />
        {icp && <ExportButton icp={icp} />}
      </div>
      {loadError && <p class="error">{loadError}</p>}
      {icp ? <IcpView icp={icp} /> : !loadError && <p class="muted">Loading the active ICP…</p>}
      <IcpEditorSection
        incoming={crmDraft}
        reloadKey={icpsChanged}
        listsVersion={listsChanged}
        onChanged={() => void loadActive()}
      />
      <IcpFromData
        onDraft={(draft) => setCrmDraft((last) => ({ icp: draft, serial: (last?.serial ?? 0) + 1 }))}
      />
      <SuppressionLists onChanged={() => setListsChanged((n) => n + 1)} />
      <TeamIcpUrl
        onSynced={() => {
          void loadActive();
          setIcpsChanged((n) => n + 1);
        }}
      />
      <WebsiteReadingToggle />
      <FingerprintImport />
      <BackupRestore
        onRestored={() => {
          void loadActive();
          setIcpsChanged((n) => n + 1);
          setListsChanged((n) => n + 1);
        }}
      />
      <DiagnosticsPanel />
    </main>
  );
}

function ExportButton({ icp }: { icp: Icp }) {
  const download = () =>
    saveAsFile(`${JSON.stringify(icp, null, 2)}\n`, `${icp.id}-v${icp.version}.icp.json`, 'application/json');
  return (
    <button type="button" data-testid="icp-export" onClick={download}>
      Export active ICP
    </button>
  );
}
