import { useRef, useState } from 'preact/hooks';
import type { SuppressionList } from '@/lib/db';
import { sendMessage } from '@/lib/messaging';
import { readCsvTable } from '@/lib/suppression/csv-table';
import type { SuppressionListSummary } from '@/lib/suppression/list-store';
import { type CsvDraft, formatCount, SuppressionListDraft } from './SuppressionListDraft';

// Far above a CRM export of half a million accounts; reading more would stall the options page.
const MAX_FILE_BYTES = 50 * 1024 * 1024;

export type ImportOutcome = { kind: 'imported'; message: string } | { kind: 'error'; message: string };

interface SuppressionListImportProps {
  existing: SuppressionListSummary[];
  /** Told when a new file is picked, so earlier messages go away. */
  onStart(): void;
  onOutcome(outcome: ImportOutcome): void;
}

/** Picks a CSV file, reads it here in the page, and sends the chosen list to the background to store. */
export function SuppressionListImport({ existing, onStart, onOutcome }: SuppressionListImportProps) {
  const [draft, setDraft] = useState<CsvDraft & { key: number }>();
  const [busy, setBusy] = useState(false);
  // A new key per file read, so the draft's column and list choices start afresh.
  const reads = useRef(0);
  const fail = (fileName: string, problem: string) =>
    onOutcome({ kind: 'error', message: `${fileName}: ${problem}. Nothing was imported.` });

  const readFile = async (file: File) => {
    onStart();
    setDraft(undefined);
    if (file.size > MAX_FILE_BYTES) {
      const size = (file.size / 1024 / 1024).toFixed(0);
      return fail(file.name, `the file is ${size} MB; the limit is 50 MB (export only the columns you need)`);
    }
    const result = readCsvTable(await readFileText(file));
    if (!result.ok) return fail(file.name, result.error);
    reads.current += 1;
    setDraft({ key: reads.current, fileName: file.name, table: result });
  };

  const store = async (list: SuppressionList) => {
    setBusy(true);
    try {
      const answer = await sendMessage('importSuppressionList', { list });
      if (!answer?.stored) throw new Error('the background did not store it');
      const companies = formatCount(list.domains.length + list.linkedinSlugs.length, 'company', 'companies');
      onOutcome({ kind: 'imported', message: `Imported ${companies} into ${list.label}` });
      setDraft(undefined);
    } catch (error) {
      fail(list.fileName, `could not be stored (${error instanceof Error ? error.message : String(error)})`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="suppression-import">
      <label>
        Import a list from a CSV export (HubSpot, Salesforce, a spreadsheet):{' '}
        <input
          type="file"
          accept=".csv,text/csv"
          data-testid="suppression-import"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) void readFile(file).catch((error: unknown) => fail(file.name, String(error)));
            event.currentTarget.value = '';
          }}
        />
      </label>
      {draft && (
        <SuppressionListDraft
          key={draft.key}
          draft={draft}
          existing={existing}
          busy={busy}
          onImport={(list) => void store(list)}
          onCancel={() => setDraft(undefined)}
        />
      )}
    </div>
  );
}

/** Excel's "Unicode Text" export is UTF-16; everything else is read as UTF-8 (the decoder drops a BOM). */
async function readFileText(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe;
  return new TextDecoder(utf16 ? 'utf-16le' : 'utf-8').decode(bytes);
}
