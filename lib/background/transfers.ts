/**
 * Large texts between a page and the background, in parts: Chrome refuses a message over 64 MiB,
 * and a backup of 50,000 accounts is larger. Kept in the worker's memory only while the
 * transfer runs; the worker stays up while the page keeps sending.
 */
export const TRANSFER_PART_CHARS = 8_000_000;

const incoming = new Map<string, string[]>();
const outgoing = new Map<string, string>();

/** Adds a part to an upload (a new one without an id) and returns the upload's id. */
export function appendUpload(transferId: string | undefined, part: string): string {
  const id = transferId ?? crypto.randomUUID();
  const parts = incoming.get(id) ?? [];
  if (transferId !== undefined && !incoming.has(id)) throw new Error(`no upload ${transferId} in progress`);
  parts.push(part);
  incoming.set(id, parts);
  return id;
}

/** The whole uploaded text, once; undefined for an unknown id. */
export function takeUpload(transferId: string): string | undefined {
  const parts = incoming.get(transferId);
  incoming.delete(transferId);
  return parts?.join('');
}

/** Keeps a text for the page to read in parts. */
export function stashDownload(text: string): string {
  const id = crypto.randomUUID();
  outgoing.set(id, text);
  return id;
}

/** The part of a download from `offset`; the last part frees it. */
export function readDownload(transferId: string, offset: number): { part: string; done: boolean } {
  const text = outgoing.get(transferId);
  if (text === undefined) throw new Error(`no download ${transferId} in progress`);
  const part = text.slice(offset, offset + TRANSFER_PART_CHARS);
  const done = offset + TRANSFER_PART_CHARS >= text.length;
  if (done) outgoing.delete(transferId);
  return { part, done };
}
