import type { ValueMetric } from '@/lib/analysis/analysis-account';
import { type ColumnMapping, missingRoles, ROLE_LABELS } from './column-roles';

export type HeaderRow = { ok: true; headers: string[] } | { ok: false; error: string };

const SEPARATORS: readonly [string, string][] = [
  [';', 'semicolons'],
  ['\t', 'tabs'],
  [',', 'commas'],
  ['|', 'vertical bars'],
];

/**
 * The header cells, trimmed, an empty one named "Column N". A header that reads as one column yet
 * holds separators means the delimiter was not recognized (a whole line in quotes, or "|"): every
 * row would be one cell, so this is said up front instead of "no outcome column".
 */
export function readHeaderRow(cells: readonly string[]): HeaderRow {
  const [only] = cells;
  const separator = cells.length === 1 && only ? SEPARATORS.find(([mark]) => only.includes(mark)) : undefined;
  if (separator) {
    const shown = only?.slice(0, 120) ?? '';
    return {
      ok: false,
      error:
        `the header row reads as a single column ("${shown}") although it contains ${separator[1]}: ` +
        'the columns could not be told apart. Save the file from your spreadsheet as CSV ' +
        '(comma, semicolon or tab separated) and import that',
    };
  }
  return { ok: true, headers: cells.map((cell, index) => cell.trim() || `Column ${index + 1}`) };
}

/** Why the mapping cannot be used with these headers and this metric, or undefined when it can. */
export function checkMapping(
  mapping: ColumnMapping,
  headers: readonly string[],
  metric: ValueMetric,
): string | undefined {
  const outside = Object.values(mapping).find(
    (column) => !Number.isInteger(column) || column < 0 || column >= headers.length,
  );
  if (outside !== undefined) {
    return `the column mapping points at column ${outside + 1}, but the file has ${headers.length} columns`;
  }
  const missing = missingRoles(mapping, metric);
  if (missing.length === 0) return undefined;
  const found = headers.map((header) => `"${header}"`).join(', ');
  const needed = missing.map((role) => ROLE_LABELS[role]).join(' and ');
  return `the file has no column for ${needed}. Columns found: ${found}. Choose them in the column mapping`;
}
