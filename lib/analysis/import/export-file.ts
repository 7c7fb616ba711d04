/** Larger than any CRM export of accounts; past it, the tab would hold the file and its rows at once. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

/** The first rows read to guess the columns: enough to judge a column, cheap on any file. */
export const SAMPLE_ROWS = 200;

export type ExportText = { ok: true; text: string } | { ok: false; error: string };

/** The file's size in bytes, as UTF-8 for a string. */
export function exportSize(file: Blob | string): number {
  return typeof file === 'string' ? utf8ByteLength(file) : file.size;
}

/** Refuses a file over the limit before a byte of it is read. */
export function checkExportSize(file: Blob | string): string | undefined {
  const size = exportSize(file);
  if (size <= MAX_IMPORT_BYTES) return undefined;
  const megabytes = (size / 1024 / 1024).toFixed(1);
  return (
    `the file is ${megabytes} MB; Fitcheck imports CRM exports of up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB: ` +
    'export only the columns the analysis needs, or fewer rows, and import that'
  );
}

/**
 * The whole text, decoded as UTF-8 at once: Papa Parse's own File reader decodes chunk by chunk,
 * which splits a character whose bytes straddle two chunks ("é" in a company name), and Node has
 * no FileReader at all. `limit` reads only the start (characters of a string, bytes of a Blob).
 */
export async function readExportText(file: Blob | string, limit?: number): Promise<ExportText> {
  try {
    const whole = typeof file === 'string';
    const raw = whole ? file.slice(0, limit) : await (limit ? file.slice(0, limit) : file).text();
    const text = raw.replace(/^\uFEFF/, '');
    if (text.trim() === '') return { ok: false, error: 'the file is empty' };
    // An .xlsx workbook or Excel's "Unicode Text" (UTF-16) read as UTF-8 is full of NUL characters.
    if (text.includes('\0')) {
      return {
        ok: false,
        error: 'this is not a CSV text file (an Excel workbook?): save it as "CSV UTF-8" and import that',
      };
    }
    return { ok: true, text };
  } catch (error) {
    return { ok: false, error: `the file could not be read (${String(error)})` };
  }
}

/** Bytes the text takes as UTF-8, without encoding it (a 100 MB copy just to count would be waste). */
export function utf8ByteLength(text: string, from = 0, to = text.length): number {
  let bytes = 0;
  for (let index = from; index < to; index += 1) {
    const code = text.charCodeAt(index);
    // Each half of a surrogate pair counts 2, so the pair counts the 4 bytes it takes.
    bytes += code < 0x80 ? 1 : code < 0x800 || (code >= 0xd800 && code <= 0xdfff) ? 2 : 3;
  }
  return bytes;
}
