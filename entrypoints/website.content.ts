import { measuredExtractor } from '@/lib/content/bench-timing';
import { startReading } from '@/lib/content/start-reading';
import { companyWebsiteExtractor } from '@/lib/extractors/website/company-website';
import { sendMessage } from '@/lib/messaging';
import { createTechnologyExtractor } from '@/lib/technologies/technology-extractor';

export default defineContentScript({
  // Never declared in the manifest: the background injects it when the user opens the popup on
  // a website (activeTab), or registers it for every site once the user grants that permission.
  registration: 'runtime',
  matches: ['*://*/*'],
  async main(ctx) {
    // The fingerprints come from the background rather than with this script, which runs on every
    // site the user visits: so does the list of tool globals the page's own world defines.
    const { fingerprints, globals } = await sendMessage('prepareTechnographics', {}).catch(() => ({
      fingerprints: [],
      globals: [],
    }));
    const technologies = createTechnologyExtractor(
      () => fingerprints,
      () => ({ globals, cookies: document.cookie }),
    );
    startReading(ctx, [companyWebsiteExtractor, measuredExtractor('technographics', technologies)]);
  },
});
