import type { Page, Worker } from 'playwright-core';

/**
 * What the page benchmarks read from a real page and from the service worker. Callbacks passed to
 * evaluate() declare no named inner functions: tsx would wrap them in a `__name` helper that the
 * page and the worker do not have.
 */

/** How long a benchmark waits for the extension to do what a page load sets off. */
export const WAIT_MS = 15_000;

export interface Measure {
  /** Epoch ms, on the same clock as Date.now() in the service worker. */
  startedAt: number;
  duration: number;
}

/**
 * The first `performance.measure(name)` in the page: the content script's marks are on the
 * document's timeline, which its isolated world shares with the page's own world.
 */
export async function firstMeasure(page: Page, name: string): Promise<Measure> {
  const found = await page.waitForFunction(
    (wanted) => {
      const [entry] = performance.getEntriesByName(wanted, 'measure');
      return entry
        ? { startedAt: performance.timeOrigin + entry.startTime, duration: entry.duration }
        : undefined;
    },
    name,
    { timeout: WAIT_MS, polling: 20 },
  );
  return (await found.jsonValue()) as Measure;
}

/**
 * The baseline of the read: one pass over every element that reads its tag name, the least a
 * script that looks at the whole page can do, timed in the page's own world.
 */
export function timeElementWalk(page: Page): Promise<number> {
  return page.evaluate(() => {
    const start = performance.now();
    let letters = 0;
    for (const element of document.querySelectorAll('*')) letters += element.tagName.length;
    const elapsed = performance.now() - start;
    // Returning what was read keeps the loop from being work the engine may skip.
    return letters > 0 ? elapsed : Number.NaN;
  });
}

/**
 * When DOMContentLoaded fired, in epoch ms (the service worker's Date.now() clock): the start of
 * the event, since Fitcheck reads the page in its own DOMContentLoaded listener and the event's
 * end would hide that read.
 */
export function domContentLoadedAt(page: Page): Promise<number> {
  return page.evaluate(() => {
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    return navigation ? performance.timeOrigin + navigation.domContentLoadedEventStart : Number.NaN;
  });
}

/** The chrome.action calls these helpers make inside the service worker. */
interface BadgeChrome {
  action: {
    getBadgeText(details: { tabId: number }): Promise<string>;
    setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  };
}

export async function clearTabBadge(worker: Worker, tabId: number): Promise<void> {
  await worker.evaluate(
    (id) =>
      (globalThis as unknown as { chrome: BadgeChrome }).chrome.action.setBadgeText({ tabId: id, text: '' }),
    tabId,
  );
}

/**
 * Between two polls of the badge. A loop without a pause keeps the worker and the browser
 * process busy: on a two-core machine it took a core from the page under test and doubled the
 * median it measured (about 1,250 ms against 630 ms for the heavy LinkedIn page).
 */
const BADGE_POLL_PAUSE_MS = 1;

/**
 * Epoch ms at which the tab's badge gets a text, polled inside the service worker itself, so
 * the time is read on the clock of the worker that sets the badge. NaN when the badge stays
 * empty. Start it before the load, after clearTabBadge.
 */
export function badgeSetAt(worker: Worker, tabId: number): Promise<number> {
  return worker.evaluate(
    async ({ id, timeoutMs, pauseMs }) => {
      const { action } = (globalThis as unknown as { chrome: BadgeChrome }).chrome;
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        if ((await action.getBadgeText({ tabId: id })) !== '') return Date.now();
        await new Promise((resume) => setTimeout(resume, pauseMs));
      }
      return Number.NaN;
    },
    { id: tabId, timeoutMs: WAIT_MS, pauseMs: BADGE_POLL_PAUSE_MS },
  );
}
