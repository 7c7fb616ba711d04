import { startReading } from '@/lib/content/start-reading';
import { LINKEDIN_EXTRACTORS } from '@/lib/extractors/known-site-extractors';

export default defineContentScript({
  // Every LinkedIn page, not only /company/: LinkedIn navigates between pages without
  // reloading, so a script injected on the feed must notice the move to a company page.
  matches: ['*://*.linkedin.com/*'],
  runAt: 'document_start',
  main: (ctx) => startReading(ctx, LINKEDIN_EXTRACTORS),
});
