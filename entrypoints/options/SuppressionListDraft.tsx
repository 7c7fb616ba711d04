import { useMemo, useState } from 'preact/hooks';
import type { SuppressionList } from '@/lib/db';
import { buildListEntries, type ListEntries } from '@/lib/suppression/build-list';
import type { CsvTable } from '@/lib/suppression/csv-table';
import { guessIdentityColumns } from '@/lib/suppression/guess-columns';
import type { SuppressionListSummary } from '@/lib/suppression/list-store';
import { ColumnPicker } from './ColumnPicker';
import { type ListSelection, ListChooser, resolveListTarget } from './ListChooser';

export interface CsvDraft {
  fileName: string;
  table: CsvTable;
}

interface SuppressionListDraftProps {
  draft: CsvDraft;
  existing: SuppressionListSummary[];
  busy: boolean;
  onImport(list: SuppressionList): void;
  onCancel(): void;
}

/** A file that was read, before it is stored: which list it fills and which columns name the companies. */
export function SuppressionListDraft({
  draft,
  existing,
  busy,
  onImport,
  onCancel,
}: SuppressionListDraftProps) {
  const [columns, setColumns] = useState(() => guessIdentityColumns(draft.table));
  const [selection, setSelection] = useState<ListSelection>({ option: 'customers', customLabel: '' });
  const entries = useMemo(() => buildListEntries(draft.table, columns), [draft.table, columns]);
  const target = resolveListTarget(selection, existing);
  const companies = entries.domains.length + entries.linkedinSlugs.length;
  const toggleColumn = (column: number, on: boolean) =>
    setColumns((current) =>
      [...current.filter((index) => index !== column), ...(on ? [column] : [])].sort((a, b) => a - b),
    );
  const importList = () => {
    if (!('id' in target)) return;
    const { domains, linkedinSlugs, rows, skipped } = entries;
    const fileName = draft.fileName.slice(0, 500);
    onImport({
      ...target,
      domains,
      linkedinSlugs,
      fileName,
      importedAt: new Date().toISOString(),
      rows,
      skipped,
    });
  };
  return (
    <div class="suppression-draft">
      <p>
        Read {formatCount(draft.table.rows.length, 'row')} from <strong>{draft.fileName}</strong>.
      </p>
      <ListChooser selection={selection} existing={existing} onChange={setSelection} />
      <ColumnPicker table={draft.table} checked={columns} onToggle={toggleColumn} />
      <EntryCount entries={entries} columnsChosen={columns.length > 0} />
      <button
        type="button"
        data-testid="suppression-import-confirm"
        disabled={busy || companies === 0 || !('id' in target)}
        onClick={importList}
      >
        {busy ? 'Importing…' : 'Import'}
      </button>{' '}
      <button type="button" disabled={busy} onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}

function EntryCount({ entries, columnsChosen }: { entries: ListEntries; columnsChosen: boolean }) {
  if (!columnsChosen) return <p class="muted">Check at least one column that names the companies.</p>;
  const { domains, linkedinSlugs, skipped, samples } = entries;
  return (
    <>
      <p data-testid="suppression-count">
        {formatCount(domains.length + linkedinSlugs.length, 'company', 'companies')} (
        {formatCount(domains.length, 'domain')}, {formatCount(linkedinSlugs.length, 'LinkedIn page')});{' '}
        {formatCount(skipped, 'row')} skipped
      </p>
      {samples.length > 0 && (
        <ul class="muted" data-testid="suppression-skipped">
          {samples.map((sample) => (
            <li key={sample.row}>
              line {sample.row}: <code>{sample.text}</code>
            </li>
          ))}
          {skipped > samples.length && <li>and {formatCount(skipped - samples.length, 'more row')}</li>}
        </ul>
      )}
    </>
  );
}

/** "1 company", "1,204 companies". */
export function formatCount(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}
