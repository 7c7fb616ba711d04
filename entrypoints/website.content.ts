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
    // site the user visits; asked for at once, they arrive while the page is still parsing.
    const fingerprints = await sendMessage('getFingerprints', {}).catch(() => []);
    let globals: string[] = [];
    const technologies = createTechnologyExtractor(
      () => fingerprints,
      () => ({ globals, cookies: document.cookie }),
    );
    const extractors = [companyWebsiteExtractor, measuredExtractor('technographics', technologies)];
    // The page's tool globals are only worth asking for once its scripts have run: tag managers
    // define theirs as the page loads. A tab already loaded (the popup asked) is read once, with
    // them; a page still loading is read as soon as it is parsed, and again if its globals add a tool.
    const probeGlobals = async () => {
      globals = await sendMessage('probeGlobals', {}).catch(() => []);
    };
    if (document.readyState === 'complete') await probeGlobals();
    else ctx.addEventListener(window, 'load', () => void probeGlobals().then(() => reader.read()));
    const reader = startReading(ctx, extractors);
  },
});
