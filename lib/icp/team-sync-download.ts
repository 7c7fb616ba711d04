/** The largest team ICP file read; a real one is a few kilobytes. */
export const MAX_TEAM_ICP_BYTES = 2 * 1024 * 1024;

/**
 * Undefined when the team ICP URL may be fetched, else why not. Only https is accepted: the file
 * decides how every account is scored, and over plain http anyone on the network path could
 * change it. Plain http to this machine (127.0.0.1, localhost) is allowed because that traffic
 * never leaves it; the tests serve files that way, and so can an admin trying a file out.
 */
export function refuseTeamIcpUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'the team ICP URL is not a valid address; it must start with https://';
  }
  if (parsed.protocol === 'https:') return undefined;
  if (parsed.protocol === 'http:' && isLoopback(parsed.hostname)) return undefined;
  return 'the team ICP URL must start with https://';
}

function isLoopback(hostname: string): boolean {
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}

export type BodyResult = { ok: true; text: string } | { ok: false; message: string };

/**
 * Reads a response body as UTF-8 text, stopping as soon as it passes `maxBytes`, so a wrong URL
 * pointing at a large file is not read whole.
 */
export async function readCappedText(response: Response, maxBytes = MAX_TEAM_ICP_BYTES): Promise<BodyResult> {
  const tooLarge = { ok: false as const, message: `the file is larger than ${formatMb(maxBytes)}` };
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return tooLarge;
  }
  if (!response.body) return { ok: true, text: '' };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return tooLarge;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, text: new TextDecoder('utf-8').decode(bytes) };
}

function formatMb(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

/** "HTTP 500 Internal Server Error", or "HTTP 500" when the server sent no reason. */
export function describeHttpStatus(response: Response): string {
  return `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
}

/** A fetch failure as a person reads it: Node's "fetch failed" hides the reason in `cause`. */
export function describeFetchError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error.name === 'TimeoutError') return 'the server did not answer in time';
  const cause = error.cause instanceof Error ? error.cause.message : undefined;
  return cause && cause !== error.message ? `${error.message} (${cause})` : error.message;
}
