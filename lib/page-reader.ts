import { EXTRACTORS, extractSafely } from '@/lib/extractors/registry';
import type { Extractor } from '@/lib/extractors/types';
import type { Observation, Signal } from '@/lib/signals/vocabulary';

export type PageMessage = { kind: 'observe'; observation: Observation } | { kind: 'clear' };

export interface PageReaderDeps {
  doc: Document;
  location: () => URL;
  now: () => Date;
  send: (message: PageMessage) => void;
  extractors?: readonly Extractor[];
}

/**
 * Reads the open page and tells the background only when what it reads changes: LinkedIn
 * re-renders constantly, and an unchanged read must cost the background nothing.
 */
export function createPageReader(deps: PageReaderDeps): { read(): void } {
  const extractors = deps.extractors ?? EXTRACTORS;
  let lastSent: string | undefined;
  return {
    read() {
      const url = deps.location();
      const extractor = extractors.find((candidate) => candidate.matches(url));
      const seenAt = deps.now().toISOString();
      const signals = extractor ? extractSafely(extractor, deps.doc, url, seenAt) : [];
      const fingerprint = signals.length > 0 ? `${url.href}\n${fingerprintOf(signals)}` : 'clear';
      if (fingerprint === lastSent) return;
      lastSent = fingerprint;
      if (!extractor || signals.length === 0) deps.send({ kind: 'clear' });
      else
        deps.send({
          kind: 'observe',
          observation: { url: url.href, seenAt, pageKind: extractor.pageKind, signals },
        });
    },
  };
}

/** What was read, without the time it was read at. */
function fingerprintOf(signals: readonly Signal[]): string {
  return JSON.stringify(signals.map((signal) => [signal.field, signal.value, signal.evidence.sourceText]));
}
