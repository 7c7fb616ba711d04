import Papa from 'papaparse';
import type { Column, ExportRow } from './export-row';
import { neutralizeCell } from './neutralize-formula';
import { type PresetId, presetColumns } from './presets';

/*
 * CSV as Excel, Google Sheets and both CRMs' importers read it: UTF-8 with a BOM (without it Excel
 * reads the file in the system code page and "Zürich" turns into "ZÃ¼rich"), CRLF line ends
 * (RFC 4180), every cell quoted by Papa.unparse and neutralized against formulas first.
 */

const BOM = '\uFEFF';
const CRLF = '\r\n';
export const DEFAULT_ROWS_PER_CHUNK = 1000;

const UNPARSE_CONFIG = {
  quotes: true,
  newline: CRLF,
  // neutralizeCell already did it, with our wider rules: Papa's own escaping would double the quote.
  escapeFormulae: false,
} as const;

/** One piece of the file, and how many data rows are written once it is. */
export interface CsvChunk {
  text: string;
  rowsDone: number;
}

function unparseLines(cells: string[][]): string {
  return Papa.unparse(cells, UNPARSE_CONFIG);
}

function rowCells(row: ExportRow, columns: readonly Column[]): string[] {
  return columns.map((column) => neutralizeCell(column.value(row)));
}

/**
 * The file in pieces: the BOM and header first, then up to rowsPerChunk rows each. The pieces
 * joined are exactly toCsv's string, so a caller can build the file between pauses.
 */
export function* csvChunks(
  rows: readonly ExportRow[],
  preset: PresetId,
  rowsPerChunk = DEFAULT_ROWS_PER_CHUNK,
): Generator<CsvChunk, void, void> {
  const columns = presetColumns(preset);
  const size = Math.max(1, Math.floor(rowsPerChunk));
  yield { text: BOM + unparseLines([columns.map((column) => neutralizeCell(column.header))]), rowsDone: 0 };
  for (let start = 0; start < rows.length; start += size) {
    const slice = rows.slice(start, start + size);
    const text = CRLF + unparseLines(slice.map((row) => rowCells(row, columns)));
    yield { text, rowsDone: start + slice.length };
  }
}

/** The whole file at once: header row, one line per row, no line break after the last. */
export function toCsv(rows: readonly ExportRow[], preset: PresetId): string {
  let csv = '';
  for (const chunk of csvChunks(rows, preset)) csv += chunk.text;
  return csv;
}

export interface CsvProgressOptions {
  rowsPerChunk?: number;
  /** Called after each chunk with the rows written so far and the total. */
  onProgress?: (rowsDone: number, total: number) => void;
  /** Lets the page paint and handle input between chunks; a test passes one that resolves at once. */
  pause?: () => Promise<void>;
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * toCsv for large lists (50,000 rows): the same string, built a chunk at a time with a pause between
 * chunks so the dashboard stays responsive and can show progress.
 */
export async function toCsvWithProgress(
  rows: readonly ExportRow[],
  preset: PresetId,
  options: CsvProgressOptions = {},
): Promise<string> {
  const { rowsPerChunk = DEFAULT_ROWS_PER_CHUNK, onProgress, pause = nextTask } = options;
  const pieces: string[] = [];
  for (const chunk of csvChunks(rows, preset, rowsPerChunk)) {
    pieces.push(chunk.text);
    onProgress?.(chunk.rowsDone, rows.length);
    await pause();
  }
  return pieces.join('');
}
