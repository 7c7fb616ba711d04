import type { Page } from 'playwright-core';

/**
 * When an element is first painted, measured without touching the extension's components: an
 * init script watches the DOM, gives the first element matching the selector an `elementtiming`
 * attribute as it is inserted (a mutation observer runs before the next frame is painted), and
 * the Element Timing API reports the frame that painted its text, in ms after navigation start.
 */
const IDENTIFIER = 'fitcheck-bench-paint';

/** Runs in the page before any of its scripts. A string: tsx must not rewrite it. */
function paintWatcherSource(selector: string): string {
  return `(() => {
  const selector = ${JSON.stringify(selector)};
  window.__fitcheckPaintedAt = undefined;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.identifier === ${JSON.stringify(IDENTIFIER)} && window.__fitcheckPaintedAt === undefined) {
        window.__fitcheckPaintedAt = entry.renderTime || entry.loadTime;
      }
    }
  }).observe({ type: 'element', buffered: true });
  const mark = () => {
    const element = document.querySelector(selector);
    if (!element || element.hasAttribute('elementtiming')) return false;
    element.setAttribute('elementtiming', ${JSON.stringify(IDENTIFIER)});
    return true;
  };
  const observer = new MutationObserver(() => { if (mark()) observer.disconnect(); });
  observer.observe(document, { childList: true, subtree: true });
})();`;
}

/** Makes every document the page loads from now on report when `selector` is first painted. */
export async function watchFirstPaintOf(page: Page, selector: string): Promise<void> {
  await page.addInitScript(paintWatcherSource(selector));
}

/** Ms from navigation start to the first paint of the watched element of the current document. */
export async function paintedAt(page: Page, timeoutMs: number): Promise<number> {
  const found = await page.waitForFunction(
    () => (window as unknown as { __fitcheckPaintedAt?: number }).__fitcheckPaintedAt,
    undefined,
    { timeout: timeoutMs, polling: 20 },
  );
  return (await found.jsonValue()) as number;
}
