import type { CsvTable } from '@/lib/suppression/csv-table';

const EXAMPLES_PER_COLUMN = 2;
const MAX_EXAMPLE_LENGTH = 60;
// Examples come from the top of the file: looking further down a half-million-row file is slow.
const ROWS_SEARCHED = 200;

interface ColumnPickerProps {
  table: Pick<CsvTable, 'headers' | 'rows'>;
  checked: number[];
  /** Told per click, so the owner updates from its latest state even when clicks come faster than renders. */
  onToggle(column: number, checked: boolean): void;
}

/** One checkbox per CSV column, with two of its values, to choose the columns that name companies. */
export function ColumnPicker({ table, checked, onToggle }: ColumnPickerProps) {
  return (
    <fieldset class="column-picker">
      <legend>Columns that name the companies (a domain, website, LinkedIn page or email address)</legend>
      {table.headers.map((header, column) => (
        <label key={column} class="column-picker__column">
          <input
            type="checkbox"
            data-testid="csv-column"
            data-column={header}
            checked={checked.includes(column)}
            onChange={(event) => onToggle(column, event.currentTarget.checked)}
          />{' '}
          {header}{' '}
          <span class="muted column-picker__examples">{examplesOf(table.rows, column).join(' · ')}</span>
        </label>
      ))}
    </fieldset>
  );
}

function examplesOf(rows: string[][], column: number): string[] {
  const examples: string[] = [];
  for (const row of rows.slice(0, ROWS_SEARCHED)) {
    const cell = (row[column] ?? '').trim();
    if (cell !== '')
      examples.push(cell.length > MAX_EXAMPLE_LENGTH ? `${cell.slice(0, MAX_EXAMPLE_LENGTH)}…` : cell);
    if (examples.length === EXAMPLES_PER_COLUMN) break;
  }
  return examples.length > 0 ? examples : ['(blank in the first rows)'];
}
