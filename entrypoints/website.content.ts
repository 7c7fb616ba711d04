import { measuredExtractor, measuredReader } from '@/lib/content/bench-timing';
import { deliverPageMessage, watchPage } from '@/lib/content/watch-page';
import { EXTRACTORS } from '@/lib/extractors/registry';
import { sendMessage } from '@/lib/messaging';
import { createPageReader } from '@/lib/page-reader';
import { loadFingerprints } from '@/lib/technologies/detect';
import { createTechnologyExtractor, globalCandidates } from '@/lib/technologies/technology-extractor';

/** The probe message accepts this many paths; the built-in set uses about a hundred. */
const MAX_PROBED_GLOBALS = 1000;

export default defineContentScript({
  // Never declared in the manifest: the background injects it when the user opens the popup on
  // a website (activeTab), or registers it for every site once the user grants that permission.
  registration: 'runtime',
  matches: ['*://*/*'],
  async main(ctx) {
    // Tool globals live in the page's own world; the background looks them up there once.
    const custom = await sendMessage('getCustomFingerprints', {}).catch(() => []);
    const fingerprints = [...loadFingerprints(), ...custom];
    const candidates = globalCandidates(fingerprints)
      .filter((path) => path.length <= 100)
      .slice(0, MAX_PROBED_GLOBALS);
    const globals = await sendMessage('probeGlobals', { candidates }).catch(() => []);
    const technologies = measuredExtractor(
      'technographics',
      createTechnologyExtractor(
        () => ({ globals, cookies: document.cookie }),
        () => fingerprints,
      ),
    );
    const reader = measuredReader(
      createPageReader({
        doc: document,
        location: () => new URL(location.href),
        now: () => new Date(),
        send: (message) => void deliverPageMessage(message),
        extractors: [...EXTRACTORS, technologies],
      }),
    );
    watchPage(ctx, reader);
  },
});
