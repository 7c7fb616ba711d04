import { useState } from 'preact/hooks';
import type { ExportRow } from '@/lib/export/export-row';
import { PRESET_IDS, PRESETS, type PresetId } from '@/lib/export/presets';
import { toClipboardTable } from '@/lib/export/to-table';
import { toCsvWithProgress } from '@/lib/export/to-csv';
import { toJson } from '@/lib/export/to-json';
import { sendMessage } from '@/lib/messaging';
import { datedFileName, saveAsFile } from '@/lib/download-file';

interface Props {
  /** The accounts to export: the selection, or every row the filters keep. */
  accountIds: string[];
  scopeLabel: string;
}

const count = new Intl.NumberFormat('en-US');
// An account with its fit is a few kilobytes: 1,000 of them stay far below the message limit.
const ROWS_PER_REQUEST = 1000;

/** CSV (for a spreadsheet, HubSpot or Salesforce), JSON, or a table to paste, of the accounts shown. */
export function ExportBar({ accountIds, scopeLabel }: Props) {
  const [preset, setPreset] = useState<PresetId>('generic');
  const [status, setStatus] = useState<string>();
  // In parts: one message carries at most 64 MiB, and the page shows how far it has come.
  const rows = async () => {
    const all: ExportRow[] = [];
    for (let start = 0; start < accountIds.length; start += ROWS_PER_REQUEST) {
      setStatus(`Preparing ${count.format(start)} of ${count.format(accountIds.length)} accounts…`);
      const ids = accountIds.slice(start, start + ROWS_PER_REQUEST);
      all.push(...(await sendMessage('exportRows', { accountIds: ids })));
    }
    return all;
  };
  const run = (work: () => Promise<string>) =>
    void work()
      .then(setStatus)
      .catch((error: unknown) => setStatus(`Export failed: ${String(error)}`));
  const exportCsv = () =>
    run(async () => {
      const csv = await toCsvWithProgress(await rows(), preset, {
        onProgress: (done, total) =>
          setStatus(`Writing ${count.format(done)} of ${count.format(total)} rows…`),
      });
      saveAsFile(csv, datedFileName(`fitcheck-accounts-${preset}`, 'csv'), 'text/csv;charset=utf-8');
      return `Exported ${count.format(accountIds.length)} accounts as CSV.`;
    });
  const exportJson = () =>
    run(async () => {
      saveAsFile(
        toJson(await rows(), new Date()),
        datedFileName('fitcheck-accounts', 'json'),
        'application/json',
      );
      return `Exported ${count.format(accountIds.length)} accounts as JSON.`;
    });
  const copyTable = () =>
    run(async () => {
      const table = toClipboardTable(await rows(), preset);
      const item = new ClipboardItem({
        'text/plain': new Blob([table.text], { type: 'text/plain' }),
        'text/html': new Blob([table.html], { type: 'text/html' }),
      });
      await navigator.clipboard.write([item]);
      return `Copied ${count.format(accountIds.length)} rows: paste them into Google Sheets or Excel.`;
    });
  const none = accountIds.length === 0;
  return (
    <div class="export-bar" data-testid="export-bar">
      <label>
        Export the {count.format(accountIds.length)} {scopeLabel} as{' '}
        <select
          data-testid="export-preset"
          value={preset}
          onChange={(event) => setPreset(event.currentTarget.value as PresetId)}
        >
          {PRESET_IDS.map((id) => (
            <option key={id} value={id}>
              {PRESETS[id].label}
            </option>
          ))}
        </select>
      </label>
      <button type="button" data-testid="export-csv" disabled={none} onClick={exportCsv}>
        Download CSV
      </button>
      <button type="button" data-testid="export-json" disabled={none} onClick={exportJson}>
        Download JSON
      </button>
      <button type="button" data-testid="export-copy" disabled={none} onClick={copyTable}>
        Copy as table
      </button>
      {status && (
        <span class="muted" role="status" data-testid="export-status">
          {status}
        </span>
      )}
    </div>
  );
}
