import type { Page } from 'playwright-core';

const MB = 1024 * 1024;

/**
 * The page's JavaScript heap in MB after a forced garbage collection, from the DevTools
 * protocol. The heap belongs to the tab's isolate, so it holds the page's own world and every
 * content script's isolated world: with and without the extension, the difference is Fitcheck.
 */
export async function heapAfterGarbageCollection(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    // A second collection frees what the first one's finalizers released.
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / MB;
  } finally {
    await cdp.detach();
  }
}
