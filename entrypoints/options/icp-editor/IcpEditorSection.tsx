import { useEffect, useState } from 'preact/hooks';
import { IcpLibraryList } from '@/components/icp-editor/IcpLibraryList';
import { copyOfIcp, segmentVariantOf } from '@/lib/icp/editor/new-icp';
import type { IcpLibrary } from '@/lib/icp/icp-library';
import type { Icp } from '@/lib/icp/schema';
import { sendMessage } from '@/lib/messaging';
import { IcpEditor } from './IcpEditor';
import { useValueChoices } from './use-value-choices';

interface Props {
  /** Bumped by the page when an import or a team sync changed the stored ICPs. */
  reloadKey: number;
  /** Bumped when suppression lists change, so the list picker offers the new ones. */
  listsVersion: number;
  /** A new ICP made elsewhere on the page (the draft from a CRM analysis), to open unsaved. */
  incoming?: { icp: Icp; serial: number };
  onChanged(): void;
}

type Opened = { icp: Icp; isNew: boolean };

const LEAVE_UNSAVED = 'You have unsaved changes to this ICP. Leave them?';

/** The ICPs kept in this browser and the editor for the one opened (the primary one at first). */
export function IcpEditorSection({ reloadKey, listsVersion, incoming, onChanged }: Props) {
  const [library, setLibrary] = useState<IcpLibrary>();
  const [opened, setOpened] = useState<Opened>();
  const [dirty, setDirty] = useState(false);
  const [problem, setProblem] = useState<string>();
  const choices = useValueChoices(listsVersion);

  const load = async (openId?: string) => {
    const loaded = await sendMessage('listIcps', {});
    setLibrary(loaded);
    const id = openId ?? loaded.primaryId;
    const entry = loaded.entries.find((candidate) => candidate.id === id && candidate.ok);
    if (entry?.ok) setOpened({ icp: entry.icp, isNew: false });
  };
  useEffect(() => void load().catch((error: unknown) => setProblem(String(error))), [reloadKey]);

  const leaveOk = () => !dirty || confirm(LEAVE_UNSAVED);
  useEffect(() => {
    if (!incoming || !leaveOk()) return;
    setOpened({ icp: incoming.icp, isNew: true });
    document.querySelector('.icp-editor-section')?.scrollIntoView();
  }, [incoming?.serial]);
  const change = async (run: () => Promise<{ ok: boolean; problem?: string }>, openId?: string) => {
    const result = await run();
    setProblem(result.ok ? undefined : result.problem);
    await load(openId);
    onChanged();
  };
  /** Opens a new, unsaved ICP made from a stored one and named by the user. */
  const startFrom = (sourceId: string, question: string, suggestion: string, make: typeof copyOfIcp) => {
    const source = library?.entries.find((entry) => entry.id === sourceId);
    if (!library || !source?.ok || !leaveOk()) return;
    const name = prompt(question, suggestion)?.trim();
    if (!name) return;
    const taken = new Set(library.entries.map((entry) => entry.id));
    setOpened({ icp: make(source.icp, name, taken), isNew: true });
  };
  const segmentQuestion = 'Name of the segment (e.g. Enterprise, SMB, EMEA mid-market):';
  const newSegment = () =>
    library && startFrom(library.primaryId, segmentQuestion, 'Enterprise', segmentVariantOf);
  const duplicate = (id: string) => startFrom(id, 'Name of the new ICP:', 'Copy', copyOfIcp);

  if (!library) return <p class="muted">{problem ?? 'Loading the ICPs…'}</p>;
  return (
    <section class="icp-editor-section">
      <h2>ICPs</h2>
      <IcpLibraryList
        library={library}
        selectedId={opened?.icp.id}
        onOpen={(id) => leaveOk() && void load(id)}
        onMakePrimary={(id) => void change(() => sendMessage('setPrimaryIcp', { id }), id)}
        onNewSegment={newSegment}
        onDuplicate={duplicate}
        onDelete={(id) =>
          confirm(`Delete the ICP "${id}" and its saved versions?`) &&
          void change(() => sendMessage('deleteIcp', { id }))
        }
      />
      {problem && <p class="error">{problem}</p>}
      {library.unreadablePrimary && (
        <p class="import-error" role="alert" data-testid="primary-unreadable">
          The primary ICP “{library.unreadablePrimary.id}” can no longer be read (
          {library.unreadablePrimary.problem}). Accounts are scored with {library.primaryId} until you import
          a fixed file or make another ICP primary.
        </p>
      )}
      {opened && (
        <IcpEditor
          // A new editor for another ICP, or when an import or a team sync replaced the stored one:
          // a draft of the version they replaced must not be saved over them.
          key={`${opened.icp.id}:${reloadKey}:${incoming?.serial ?? 0}`}
          saved={opened.icp}
          isNew={opened.isNew}
          choices={choices}
          primaryId={library.primaryId}
          onDirtyChange={setDirty}
          onSaved={(icp) => {
            setDirty(false);
            void load(icp.id);
            onChanged();
          }}
        />
      )}
    </section>
  );
}
