import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage } from '@/lib/messaging';
import type { PageMessage, PageReader } from '@/lib/page-reader';

/** Pages render late (the About card) and change without reloading (SPAs): keep watching. */
const SETTLE_MS = 250;
const WATCH_AFTER_NAVIGATION_MS = 30_000;
/** A page still missing key fields this long after a navigation goes to the diagnostics list. */
const REPORT_AFTER_MS = 6_000;

/**
 * Reads the page now, again when the DOM settles for 30 s after each navigation (WXT's
 * wxt:locationchange), and reports a read that still lacks key fields once the page has settled.
 */
export function watchPage(ctx: ContentScriptContext, reader: PageReader): void {
  let settleTimer: number | undefined;
  let reportTimer: number | undefined;
  let watchUntil = Date.now() + WATCH_AFTER_NAVIGATION_MS;
  const scheduleReport = () => {
    if (reportTimer !== undefined) clearTimeout(reportTimer);
    reportTimer = ctx.setTimeout(() => reader.reportProblems(), REPORT_AFTER_MS);
  };
  const scheduleRead = () => {
    if (Date.now() > watchUntil) return;
    if (settleTimer !== undefined) clearTimeout(settleTimer);
    settleTimer = ctx.setTimeout(() => reader.read(), SETTLE_MS);
  };
  const observer = new MutationObserver(scheduleRead);
  observer.observe(document.documentElement, { childList: true, subtree: true });
  ctx.onInvalidated(() => observer.disconnect());
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    watchUntil = Date.now() + WATCH_AFTER_NAVIGATION_MS;
    reader.read();
    scheduleRead();
    scheduleReport();
  });
  // A page restored from the back/forward cache is a new document to the browser, which forgot
  // the tab's company; nothing in the page changed, so say it again.
  ctx.addEventListener(window, 'pageshow', (event) => {
    if (!(event as PageTransitionEvent).persisted) return;
    reader.reset();
    reader.read();
  });
  reader.read();
  scheduleReport();
}

/** The background may be restarting or the extension reloaded: a lost read is re-sent on the next change. */
export async function deliverPageMessage(message: PageMessage): Promise<void> {
  try {
    if (message.kind === 'observe') await sendMessage('observe', { observation: message.observation });
    else if (message.kind === 'unreadable') await sendMessage('unreadable', { report: message.report });
    else if (message.kind === 'readProblem') await sendMessage('readProblem', { report: message.report });
    else await sendMessage('clearTab', {});
  } catch {
    // Nothing to do in the page: never surface extension errors in the page's console.
  }
}
