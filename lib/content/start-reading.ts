import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Extractor } from '@/lib/extractors/types';
import { createPageReader } from '@/lib/page-reader';
import { measuredReader } from './bench-timing';
import { deliverPageMessage, watchPage } from './watch-page';

/** What every content script does: read the live page with its own extractors, and keep watching it. */
export function startReading(ctx: ContentScriptContext, extractors: readonly Extractor[]): void {
  const reader = measuredReader(
    createPageReader({
      doc: document,
      location: () => new URL(location.href),
      now: () => new Date(),
      send: (message) => void deliverPageMessage(message),
      extractors,
    }),
  );
  watchPage(ctx, reader);
}
