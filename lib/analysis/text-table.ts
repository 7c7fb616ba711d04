export interface TableColumn {
  header: string;
  /** Numbers read best right-aligned, so their digits line up. */
  align?: 'left' | 'right';
}

const GAP = '  ';

/** A fixed-width plain-text table: a header, a rule of dashes, one line per row. */
export function renderTable(columns: readonly TableColumn[], rows: readonly (readonly string[])[]): string {
  const widths = columns.map((column, index) =>
    Math.max(column.header.length, ...rows.map((row) => (row[index] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    columns
      .map((column, index) => {
        const cell = cells[index] ?? '';
        const width = widths[index] ?? 0;
        return column.align === 'right' ? cell.padStart(width) : cell.padEnd(width);
      })
      .join(GAP)
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join(GAP);
  return [line(columns.map((column) => column.header)), rule, ...rows.map(line)].join('\n');
}

/** 1234567.8 -> "1,234,568": values are money, whole dollars are enough to read. */
export function formatAmount(amount: number | undefined): string {
  return amount === undefined ? '–' : Math.round(amount).toLocaleString('en-US');
}
