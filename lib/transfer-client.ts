import { sendMessage } from '@/lib/messaging';

// The same size the background reads and writes in (lib/background/transfers.ts), below 64 MiB.
const PART_CHARS = 8_000_000;

/** Sends a large text to the background in parts; the returned id names it in the next message. */
export async function uploadText(text: string): Promise<string> {
  let transferId: string | undefined;
  for (let offset = 0; offset < text.length || transferId === undefined; offset += PART_CHARS) {
    const part = text.slice(offset, offset + PART_CHARS);
    ({ transferId } = await sendMessage('writeTransfer', { transferId, part }));
  }
  return transferId;
}

/** Reads a large text the background prepared, part by part. */
export async function receiveText(transferId: string): Promise<string[]> {
  const parts: string[] = [];
  for (let offset = 0; ; offset += PART_CHARS) {
    const { part, done } = await sendMessage('readTransfer', { transferId, offset });
    parts.push(part);
    if (done) return parts;
  }
}
