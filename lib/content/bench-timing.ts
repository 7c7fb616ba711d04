import type { Extractor } from '@/lib/extractors/types';
import type { PageReader } from '@/lib/page-reader';

/** Replaced at build time (wxt.config.ts): true only in `npm run bench` builds. */
declare const __FITCHECK_BENCH__: boolean | undefined;

const BENCH = typeof __FITCHECK_BENCH__ !== 'undefined' && __FITCHECK_BENCH__;

/**
 * Benchmark builds mark each read on the page's performance timeline, where `npm run bench`
 * reads them (docs/performance.md). Normal builds compile this away: a page's own analytics
 * must never see that Fitcheck is there.
 */
function measured<T>(name: string, work: () => T): T {
  if (!BENCH) return work();
  const start = performance.now();
  try {
    return work();
  } finally {
    performance.measure(name, { start, end: performance.now() });
  }
}

/** `fitcheck:read`: every extractor that matches the page, and the message it leads to. */
export function measuredReader(reader: PageReader): PageReader {
  if (!BENCH) return reader;
  return { ...reader, read: () => measured('fitcheck:read', () => reader.read()) };
}

/** `fitcheck:<name>`: one extractor on its own (the technographics with every fingerprint). */
export function measuredExtractor(name: string, extractor: Extractor): Extractor {
  if (!BENCH) return extractor;
  return {
    ...extractor,
    extract: (...args) => measured(`fitcheck:${name}`, () => extractor.extract(...args)),
  };
}
