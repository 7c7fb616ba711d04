import type { ValueMetric } from '@/lib/analysis/analysis-account';
import { MAX_CSV_ROWS } from '@/lib/suppression/csv-table';
import type { CsvRowSink } from './csv-chunks';
import { type ColumnMapping, guessColumnRoles } from './column-roles';
import { checkMapping, readHeaderRow } from './export-header';
import { SAMPLE_ROWS, utf8ByteLength } from './export-file';
import { type AccountReader, type AccountsRead, createAccountReader } from './read-accounts';

export type ProgressListener = (rowsRead: number, bytesRead: number, totalBytes: number) => void;

export interface ImportOptions {
  metric: ValueMetric;
  /** The columns as the user confirmed them; guessed from the header and first rows when absent. */
  mapping?: ColumnMapping;
  onProgress?: ProgressListener;
}

export type ImportResult =
  | ({ ok: true; headers: string[]; mapping: ColumnMapping; rowsRead: number } & AccountsRead)
  | { ok: false; error: string };

export interface ImportRun {
  sink: CsvRowSink;
  finish(): ImportResult;
}

/**
 * One import in progress: the header row, then (when the mapping is to be guessed) the first rows
 * held until they can be judged, then every row straight into the account reader.
 */
export function createImportRun(text: string, totalBytes: number, options: ImportOptions): ImportRun {
  let headers: string[] | undefined;
  let mapping: ColumnMapping | undefined;
  let reader: AccountReader | undefined;
  let rowsRead = 0;
  const sample: { cells: string[]; line: number }[] = [];
  const progress = createProgress(text, totalBytes, options.onProgress);

  const start = (chosen: ColumnMapping): string | undefined => {
    const columns = headers ?? [];
    const problem = checkMapping(chosen, columns, options.metric);
    if (problem) return problem;
    mapping = chosen;
    reader = createAccountReader(columns, chosen, options.metric);
    for (const { cells, line } of sample.splice(0)) reader.readRow(cells, line);
    return undefined;
  };
  const guessed = () =>
    guessColumnRoles(
      headers ?? [],
      sample.map(({ cells }) => cells),
    );

  const row = (cells: string[], line: number): string | undefined => {
    if (!headers) {
      const header = readHeaderRow(cells);
      if (!header.ok) return header.error;
      headers = header.headers;
      return options.mapping ? start(options.mapping) : undefined;
    }
    rowsRead += 1;
    if (rowsRead > MAX_CSV_ROWS) {
      return `the file has more than ${MAX_CSV_ROWS.toLocaleString('en-US')} rows: split it into smaller files`;
    }
    if (reader) {
      reader.readRow(cells, line);
      return undefined;
    }
    sample.push({ cells, line });
    return sample.length >= SAMPLE_ROWS ? start(guessed()) : undefined;
  };

  const finish = (): ImportResult => {
    if (!headers) return { ok: false, error: 'the file is empty' };
    if (rowsRead === 0) {
      return { ok: false, error: `the file has only a header row ("${headers.join(', ').slice(0, 200)}")` };
    }
    const problem = reader ? undefined : start(guessed());
    if (problem !== undefined || !reader || !mapping)
      return { ok: false, error: problem ?? 'nothing was read' };
    const read = reader.result();
    if (read.accounts.length === 0) return { ok: false, error: noAccountsMessage(read) };
    progress.done(rowsRead);
    return { ok: true, headers, mapping, rowsRead, ...read };
  };

  return { sink: { row, progress: (chars) => progress.report(rowsRead, chars) }, finish };
}

function noAccountsMessage({ skipped }: AccountsRead): string {
  const examples = skipped.slice(0, 3).map(({ line, reason }) => `line ${line}: ${reason}`);
  return `no row has an outcome Fitcheck can read, so there is nothing to analyse (${examples.join('; ')})`;
}

/**
 * Progress in bytes of the file: the UTF-8 size of the text parsed so far, never past the total
 * and never going back, and the total itself once every row is read.
 */
function createProgress(text: string, totalBytes: number, listener: ProgressListener | undefined) {
  let charsCounted = 0;
  let bytesRead = 0;
  const tell = (rows: number, bytes: number) => {
    try {
      listener?.(rows, bytes, totalBytes);
    } catch {
      // A failing progress bar must not fail the import.
    }
  };
  return {
    report(rows: number, chars: number) {
      if (chars > charsCounted) bytesRead += utf8ByteLength(text, charsCounted, chars);
      charsCounted = Math.max(charsCounted, chars);
      tell(rows, Math.min(bytesRead, totalBytes));
    },
    done: (rows: number) => tell(rows, totalBytes),
  };
}
