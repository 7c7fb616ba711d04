import Papa, { type ParseError, type Parser, type ParseResult } from 'papaparse';

/** Receives the rows of a CSV text as they are parsed, header first; blank lines are left out. */
export interface CsvRowSink {
  /** Returns a message to stop the import with, or undefined to go on. */
  row(cells: string[], line: number): string | undefined;
  /** After each chunk: how far into the text the parse has come, in characters. */
  progress(charsRead: number): void;
}

/** Small enough that progress moves on a large file, large enough that Papa's per-chunk work is amortized. */
const CHUNK_CHARS = 256 * 1024;
/** Hand the thread back at least this often, so the page can paint the progress bar. */
const YIELD_EVERY_MS = 40;

const LINE_BREAKS = /\r\n|\r|\n/g;

interface ChunkState {
  /** The line the next row starts on (1-based). */
  nextLine: number;
  error?: string;
  lastYield: number;
}

/**
 * Parses the text in chunks with Papa Parse, guessing the delimiter among comma, semicolon and tab,
 * and hands each row to the sink with the line it starts on. Resolves with an error message or
 * undefined; never rejects. Between chunks it yields to the event loop (always after the first).
 */
export function streamCsvRows(text: string, sink: CsvRowSink): Promise<string | undefined> {
  return new Promise((resolve) => {
    const state: ChunkState = { nextLine: 1, lastYield: Number.NEGATIVE_INFINITY };
    let settled = false;
    const finish = () => {
      if (settled) return;
      settled = true;
      resolve(state.error);
    };
    try {
      Papa.parse<string[]>(text, {
        header: false,
        worker: false,
        skipEmptyLines: false,
        delimitersToGuess: [',', ';', '\t'],
        chunkSize: CHUNK_CHARS,
        chunk: (results: ParseResult<string[]>, parser: Parser) =>
          onChunk(results, parser, sink, state, finish),
        complete: finish,
        error: (error: Error) => {
          state.error ??= `the file could not be read as CSV (${error.message})`;
          finish();
        },
      });
    } catch (error) {
      state.error ??= `the file could not be read as CSV (${String(error)})`;
      finish();
    }
  });
}

function onChunk(
  results: ParseResult<string[]>,
  parser: Parser,
  sink: CsvRowSink,
  state: ChunkState,
  finish: () => void,
): void {
  try {
    state.error = readChunkRows(results, sink, state);
    sink.progress(results.meta.cursor);
  } catch (error) {
    state.error = `the file could not be read (${String(error)})`;
  }
  if (state.error !== undefined) {
    parser.abort();
    finish();
    return;
  }
  if (performance.now() - state.lastYield < YIELD_EVERY_MS) return;
  parser.pause();
  setTimeout(() => {
    state.lastYield = performance.now();
    parser.resume();
  }, 0);
}

function readChunkRows(
  results: ParseResult<string[]>,
  sink: CsvRowSink,
  state: ChunkState,
): string | undefined {
  const unclosed = new Set(results.errors.filter(isUnclosedQuote).map((error) => error.row));
  for (const [index, cells] of results.data.entries()) {
    const line = state.nextLine;
    if (unclosed.has(index))
      return `line ${line}: a quoted value is never closed (a " without its closing ")`;
    state.nextLine += 1 + cells.reduce((breaks, cell) => breaks + countLineBreaks(cell), 0);
    if (cells.every((cell) => cell.trim() === '')) continue;
    const problem = sink.row(cells, line);
    if (problem !== undefined) return problem;
  }
  return undefined;
}

function isUnclosedQuote(error: ParseError): boolean {
  return error.code === 'MissingQuotes';
}

function countLineBreaks(text: string): number {
  return text.match(LINE_BREAKS)?.length ?? 0;
}
