import type { Extractor } from './types';

/**
 * Runs an extractor on a live page. An extractor bug must never surface in the page's
 * console or stop the content script: the page then reads as unrecognized.
 */
export function extractSafely(extractor: Extractor, doc: Document, url: URL, seenAt: string) {
  try {
    return extractor.extract(doc, url, seenAt);
  } catch {
    return [];
  }
}
