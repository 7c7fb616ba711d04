import { startReading } from '@/lib/content/start-reading';
import { CRUNCHBASE_EXTRACTORS } from '@/lib/extractors/known-site-extractors';

export default defineContentScript({
  // Every Crunchbase page, for the same reason as LinkedIn's: it moves between pages without reloading.
  matches: ['*://*.crunchbase.com/*'],
  runAt: 'document_start',
  main: (ctx) => startReading(ctx, CRUNCHBASE_EXTRACTORS),
});
