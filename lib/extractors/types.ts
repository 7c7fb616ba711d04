import type { Signal, SignalField } from '@/lib/signals/vocabulary';

/**
 * One page kind, one extractor, one shape (ARCHITECTURE.md). `extract` is pure over the
 * Document it is handed, so tests pass a happy-dom document and the content script the live one.
 * It never throws and never guesses: a field it cannot read is simply absent.
 */
export interface Extractor {
  id: string;
  /** The page kind written into the observation, e.g. "linkedin-company". */
  pageKind: string;
  /**
   * Fields every correct read of this page kind has. A read without them means LinkedIn's
   * markup moved: the popup says so rather than score half a page as if it were whole.
   */
  keyFields: readonly SignalField[];
  matches(url: URL): boolean;
  extract(doc: Document, url: URL, seenAt: string): Signal[];
}
