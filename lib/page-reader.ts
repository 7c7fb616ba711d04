import { extractSafely } from '@/lib/extractors/extract-safely';
import type { Extractor } from '@/lib/extractors/types';
import type { Observation, ReadProblemReport, Signal, SignalField } from '@/lib/signals/vocabulary';

export type PageMessage =
  | { kind: 'observe'; observation: Observation }
  | { kind: 'unreadable'; report: ReadProblemReport }
  | { kind: 'readProblem'; report: ReadProblemReport }
  | { kind: 'clear' };

export interface PageReaderDeps {
  doc: Document;
  location: () => URL;
  now: () => Date;
  send: (message: PageMessage) => void;
  /** The content script's own extractors, tried in order. */
  extractors: readonly Extractor[];
}

export interface PageReader {
  read(): void;
  /** Once the page has settled: reports a read that still lacks key fields, once per URL. */
  reportProblems(): void;
  /** Forgets what was sent, so the next read is sent even if unchanged (a page back from the cache). */
  reset(): void;
}

/**
 * Reads the open page and tells the background only when what it reads changes: LinkedIn
 * re-renders constantly, and an unchanged read must cost the background nothing. A page of a
 * kind we read that yields nothing, or lacks key fields, is reported as such, not as "no company".
 */
export function createPageReader(deps: PageReaderDeps): PageReader {
  const { extractors } = deps;
  let lastSent: string | undefined;
  let lastProblem: ReadProblemReport | undefined;
  const reported = new Set<string>();
  return {
    read() {
      const url = deps.location();
      // Several extractors may read one page (a website's firmographics and its tools); the
      // first names the page kind and its key fields.
      const matching = extractors.filter((candidate) => candidate.matches(url));
      const extractor = matching[0];
      const seenAt = deps.now().toISOString();
      const signals = matching.flatMap((each) => extractSafely(each, deps.doc, url, seenAt));
      const missing = extractor ? missingKeyFields(extractor, signals) : [];
      lastProblem =
        extractor && missing.length > 0
          ? { url: url.href, pageKind: extractor.pageKind, missing, seenAt }
          : undefined;
      const message = messageFor(extractor, url, seenAt, signals, missing, lastProblem);
      const fingerprint = `${message.kind}\n${url.href}\n${fingerprintOf(signals)}`;
      if (fingerprint === lastSent) return;
      lastSent = fingerprint;
      deps.send(message);
    },
    reset() {
      lastSent = undefined;
    },
    reportProblems() {
      if (!lastProblem || reported.has(lastProblem.url)) return;
      reported.add(lastProblem.url);
      deps.send({ kind: 'readProblem', report: lastProblem });
    },
  };
}

function messageFor(
  extractor: Extractor | undefined,
  url: URL,
  seenAt: string,
  signals: Signal[],
  missing: SignalField[],
  problem: ReadProblemReport | undefined,
): PageMessage {
  if (!extractor) return { kind: 'clear' };
  if (signals.length === 0) return problem ? { kind: 'unreadable', report: problem } : { kind: 'clear' };
  const observation: Observation = { url: url.href, seenAt, pageKind: extractor.pageKind, signals };
  if (missing.length > 0) observation.missingKeyFields = missing;
  return { kind: 'observe', observation };
}

function missingKeyFields(extractor: Extractor, signals: readonly Signal[]): SignalField[] {
  const read = new Set(signals.map((signal) => signal.field));
  return (extractor.keyFields ?? []).filter((field) => !read.has(field));
}

/** What was read, without the time it was read at. */
function fingerprintOf(signals: readonly Signal[]): string {
  return JSON.stringify(signals.map((signal) => [signal.field, signal.value, signal.evidence.sourceText]));
}
