import type { Signal } from '@/lib/signals/vocabulary';

/**
 * One page kind, one extractor, one shape (ARCHITECTURE.md). `extract` is pure over the
 * Document it is handed, so tests pass a happy-dom document and the content script the live one.
 * It never throws and never guesses: a field it cannot read is simply absent.
 */
export interface Extractor {
  id: string;
  /** The page kind written into the observation, e.g. "linkedin-company". */
  pageKind: string;
  matches(url: URL): boolean;
  extract(doc: Document, url: URL, seenAt: string): Signal[];
}
