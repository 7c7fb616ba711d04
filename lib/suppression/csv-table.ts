import Papa from 'papaparse';

/** A CSV file read as a header row and the rows under it, each padded to the header's width. */
export interface CsvTable {
  headers: string[];
  rows: string[][];
  /** The 1-based line of the file where each row starts, so a message can point at it (the header is line 1). */
  lineNumbers: number[];
}

export type CsvTableResult = ({ ok: true } & CsvTable) | { ok: false; error: string };

// A CRM export of every account a large team ever touched stays well under these.
export const MAX_CSV_ROWS = 500_000;
const MAX_COLUMNS = 1_000;

const LINE_BREAKS = /\r\n|\r|\n/g;

interface ParsedRows {
  rows: string[][];
  lineNumbers: number[];
  error?: string;
}

/**
 * Reads a CRM export. The delimiter is guessed among comma, semicolon (European Excel) and tab;
 * blank lines are skipped; rows shorter or longer than the header are kept. Errors say what is
 * wrong and on which line. Never throws.
 */
export function readCsvTable(text: string): CsvTableResult {
  try {
    const content = text.replace(/^\uFEFF/, '');
    const problem = checkIsText(content);
    if (problem) return { ok: false, error: problem };
    const parsed = parseRows(content);
    if (parsed.error) return { ok: false, error: parsed.error };
    return toTable(parsed);
  } catch (error) {
    return { ok: false, error: `the file could not be read as CSV (${String(error)})` };
  }
}

function checkIsText(content: string): string | undefined {
  if (content.trim() === '') return 'the file is empty';
  const nul = content.indexOf('\0');
  if (nul < 0) return undefined;
  // An .xlsx file, or Excel's "Unicode Text" (UTF-16), read as UTF-8 is full of NUL bytes.
  return (
    `line ${countLineBreaks(content, 0, nul) + 1} contains NUL bytes, so this is not a CSV text file ` +
    '(an Excel workbook?): save it from your spreadsheet as "CSV UTF-8" and import that'
  );
}

function parseRows(content: string): ParsedRows {
  const parsed: ParsedRows = { rows: [], lineNumbers: [] };
  let position = 0;
  let breaksBefore = 0;
  Papa.parse<string[]>(content, {
    header: false,
    worker: false,
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t'],
    step({ data: row, errors, meta }, parser) {
      const unclosed = errors.find((error) => error.code === 'MissingQuotes');
      if (unclosed) {
        const line = countLineBreaks(content, 0, unclosed.index ?? position) + 1;
        parsed.error = `line ${line}: a quoted value is never closed (a " without its closing ")`;
        return parser.abort();
      }
      breaksBefore += countLineBreaks(content, position, meta.cursor);
      position = meta.cursor;
      // The cursor is past the row's line break, except on a last line that has none.
      const endsWithBreak = /[\r\n]/.test(content.charAt(meta.cursor - 1));
      const lastLine = endsWithBreak ? breaksBefore : breaksBefore + 1;
      parsed.lineNumbers.push(lastLine - breaksInside(row));
      parsed.rows.push(row);
      if (parsed.rows.length > MAX_CSV_ROWS + 1) {
        parsed.error = `the file has more than ${MAX_CSV_ROWS.toLocaleString('en-US')} rows: split it into smaller files`;
        parser.abort();
      }
    },
  });
  return parsed;
}

function toTable({ rows, lineNumbers }: ParsedRows): CsvTableResult {
  const [headerRow, ...dataRows] = rows;
  if (!headerRow) return { ok: false, error: 'the file is empty' };
  if (dataRows.length === 0) {
    const header = headerRow.join(', ').slice(0, 200);
    return { ok: false, error: `the file has only a header row ("${header}") and no rows under it` };
  }
  // A loop, not Math.max(...rows): spreading half a million rows overflows the call stack.
  const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  if (width > MAX_COLUMNS) {
    const line = lineNumbers[rows.findIndex((row) => row.length === width)] ?? 1;
    return {
      ok: false,
      error: `line ${line} has ${width} columns; a CSV file may have at most ${MAX_COLUMNS}`,
    };
  }
  const headers = Array.from({ length: width }, (_, index) => headerName(headerRow[index], index));
  const padded = dataRows.map((row) => Array.from({ length: width }, (_, index) => row[index] ?? ''));
  return { ok: true, headers, rows: padded, lineNumbers: lineNumbers.slice(1) };
}

function headerName(cell: string | undefined, index: number): string {
  const name = cell?.trim() ?? '';
  return name === '' ? `Column ${index + 1}` : name;
}

function countLineBreaks(text: string, from: number, to: number): number {
  return text.slice(from, to).match(LINE_BREAKS)?.length ?? 0;
}

/** Line breaks inside quoted cells: the row started that many lines above where it ended. */
function breaksInside(row: string[]): number {
  return row.reduce((total, cell) => total + countLineBreaks(cell, 0, cell.length), 0);
}
