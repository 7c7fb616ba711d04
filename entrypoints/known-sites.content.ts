import { measuredReader } from '@/lib/content/bench-timing';
import { deliverPageMessage, watchPage } from '@/lib/content/watch-page';
import { createPageReader } from '@/lib/page-reader';

export default defineContentScript({
  // Every LinkedIn page, not only /company/: LinkedIn navigates between pages without
  // reloading, so a script injected on the feed must notice the move to a company page.
  matches: ['*://*.linkedin.com/*', '*://*.crunchbase.com/*'],
  runAt: 'document_end',
  main(ctx) {
    const reader = measuredReader(
      createPageReader({
        doc: document,
        location: () => new URL(location.href),
        now: () => new Date(),
        send: (message) => void deliverPageMessage(message),
      }),
    );
    watchPage(ctx, reader);
  },
});
