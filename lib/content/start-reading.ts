import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Extractor } from '@/lib/extractors/types';
import { createPageReader, type PageReader } from '@/lib/page-reader';
import { measuredReader } from './bench-timing';
import { deliverPageMessage, watchPage } from './watch-page';

/**
 * Runs `then` as soon as the document is parsed: at once when it already is (a script injected
 * into an open tab), else at DOMContentLoaded. Content scripts start at document_start so that
 * this is the moment they read: document_end and document_idle scripts are queued behind the
 * page's own work and can start hundreds of milliseconds later on a heavy page.
 */
export function whenParsed(then: () => void): void {
  if (document.readyState !== 'loading') then();
  else document.addEventListener('DOMContentLoaded', then, { once: true });
}

/** What every content script does: read the live page with its own extractors, and keep watching it. */
export function startReading(ctx: ContentScriptContext, extractors: readonly Extractor[]): PageReader {
  const reader = measuredReader(
    createPageReader({
      doc: document,
      location: () => new URL(location.href),
      now: () => new Date(),
      send: (message) => void deliverPageMessage(message),
      extractors,
    }),
  );
  whenParsed(() => watchPage(ctx, reader));
  return reader;
}
