import { deliverPageMessage, watchPage } from '@/lib/content/watch-page';
import { createPageReader } from '@/lib/page-reader';

export default defineContentScript({
  // Never declared in the manifest: the background injects it when the user opens the popup on
  // a website (activeTab), or registers it for every site once the user grants that permission.
  registration: 'runtime',
  matches: ['*://*/*'],
  main(ctx) {
    const reader = createPageReader({
      doc: document,
      location: () => new URL(location.href),
      now: () => new Date(),
      send: (message) => void deliverPageMessage(message),
    });
    watchPage(ctx, reader);
  },
});
