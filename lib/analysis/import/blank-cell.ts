/** What CRM exports and spreadsheets write where there is no value: the cell is read as empty. */
const PLACEHOLDERS = new Set([
  ...['', '-', '--', '—', '?', 'n/a', 'na', '#n/a', 'n.a.', 'none', 'null', 'nil', 'nan'],
  ...['unknown', 'undefined', 'tbd', 'not set', '(no value)', '(blank)'],
]);

/** True when the cell holds nothing, or only a placeholder such as "N/A": not a value that failed to read. */
export function isBlankCell(cell: string): boolean {
  return PLACEHOLDERS.has(cell.trim().toLowerCase());
}
