import Papa from 'papaparse';
import { type ColumnMapping, guessColumnRoles } from './column-roles';
import { streamCsvRows } from './csv-chunks';
import { readHeaderRow } from './export-header';
import { checkExportSize, exportSize, readExportText, SAMPLE_ROWS } from './export-file';
import { createImportRun, type ImportOptions, type ImportResult } from './import-run';

export type { ImportOptions, ImportResult, ProgressListener } from './import-run';

export type HeaderPreview =
  | { ok: true; headers: string[]; sampleRows: string[][]; mapping: ColumnMapping }
  | { ok: false; error: string };

/** The start of the file read for the preview; the header and 200 rows of any CRM export fit. */
const PREVIEW_LIMIT = 1024 * 1024;

/**
 * Step one: the header, the first rows and the guessed column roles, for the user to confirm.
 * Reads only the start of the file. Never throws.
 */
export async function readHeader(file: Blob | string): Promise<HeaderPreview> {
  try {
    const sizeProblem = checkExportSize(file);
    if (sizeProblem) return { ok: false, error: sizeProblem };
    const start = await readExportText(file, PREVIEW_LIMIT);
    if (!start.ok) return start;
    const parsed = Papa.parse<string[]>(start.text, {
      preview: SAMPLE_ROWS + 2,
      skipEmptyLines: 'greedy',
      delimitersToGuess: [',', ';', '\t'],
    });
    const [headerCells = [], ...rows] = parsed.data;
    const header = readHeaderRow(headerCells);
    if (!header.ok) return header;
    // Past the limit, the last row may have been cut in two.
    const cut = exportSize(file) > PREVIEW_LIMIT && rows.length <= SAMPLE_ROWS;
    const sampleRows = (cut ? rows.slice(0, -1) : rows).slice(0, SAMPLE_ROWS);
    return {
      ok: true,
      headers: header.headers,
      sampleRows,
      mapping: guessColumnRoles(header.headers, sampleRows),
    };
  } catch (error) {
    return { ok: false, error: `the file could not be read (${String(error)})` };
  }
}

/**
 * Step two (or the only step, guessing the columns): reads every row into AnalysisAccounts,
 * reporting progress as it goes. All or nothing: any error (too large, not text, wrong delimiter,
 * a missing column, an unclosed quote, too many rows) gives `{ ok: false, error }` and no accounts.
 * Never throws.
 */
export async function importCrmExport(file: Blob | string, options: ImportOptions): Promise<ImportResult> {
  try {
    const sizeProblem = checkExportSize(file);
    if (sizeProblem) return { ok: false, error: sizeProblem };
    const read = await readExportText(file);
    if (!read.ok) return read;
    const run = createImportRun(read.text, exportSize(file), options);
    const error = await streamCsvRows(read.text, run.sink);
    return error === undefined ? run.finish() : { ok: false, error };
  } catch (error) {
    return { ok: false, error: `the file could not be imported (${String(error)})` };
  }
}
