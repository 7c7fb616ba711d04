import type { ExportRow } from './export-row';
import { neutralizeCell } from './neutralize-formula';
import { type PresetId, presetColumns } from './presets';

/*
 * "Copy as table": the clipboard gets both flavours. Google Sheets and Excel paste text/html when it
 * is there (it keeps the cell grid even for text with tabs); text/plain is TSV for every other
 * target. In both, a tab or line break inside a cell becomes a space (in TSV it would start a new
 * cell or row), and every cell is neutralized: a pasted "=HYPERLINK(…)" is a formula too.
 */

export interface ClipboardTable {
  text: string;
  html: string;
}

const CELL_BREAKS = /[\t\r\n]+/g;

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/*
 * Excel reads a cell styled mso-number-format:"\@" as text: "2-10" stays a size band instead of
 * becoming 10 February, "0123" keeps its zero. Sheets ignores the style.
 */
const TEXT_CELL_STYLE = ' style="mso-number-format:\'\\@\'"';

function tableCell(value: string): string {
  return neutralizeCell(value.replace(CELL_BREAKS, ' '));
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

function tableCells(rows: readonly ExportRow[], preset: PresetId): { headers: string[]; body: string[][] } {
  const columns = presetColumns(preset);
  return {
    headers: columns.map((column) => tableCell(column.header)),
    body: rows.map((row) => columns.map((column) => tableCell(column.value(row)))),
  };
}

function htmlRow(cells: readonly string[], tag: 'th' | 'td'): string {
  const style = tag === 'td' ? TEXT_CELL_STYLE : '';
  return `<tr>${cells.map((cell) => `<${tag}${style}>${escapeHtml(cell)}</${tag}>`).join('')}</tr>`;
}

/** The rows as TSV and as an HTML table, header row first, ready for navigator.clipboard.write. */
export function toClipboardTable(rows: readonly ExportRow[], preset: PresetId): ClipboardTable {
  const { headers, body } = tableCells(rows, preset);
  const text = [headers, ...body].map((cells) => cells.join('\t')).join('\r\n');
  const html =
    `<table><thead>${htmlRow(headers, 'th')}</thead>` +
    `<tbody>${body.map((cells) => htmlRow(cells, 'td')).join('')}</tbody></table>`;
  return { text, html };
}
