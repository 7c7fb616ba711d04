import { sendMessage } from '@/lib/messaging';
import { createPageReader, type PageMessage } from '@/lib/page-reader';

/** LinkedIn renders the About card late and changes tabs without reloading: keep watching. */
const SETTLE_MS = 250;
const WATCH_AFTER_NAVIGATION_MS = 30_000;
/** A page still missing key fields this long after a navigation goes to the diagnostics list. */
const REPORT_AFTER_MS = 6_000;

export default defineContentScript({
  // Every LinkedIn page, not only /company/: LinkedIn navigates between pages without
  // reloading, so a script injected on the feed must notice the move to a company page.
  matches: ['*://*.linkedin.com/*'],
  runAt: 'document_end',
  main(ctx) {
    const reader = createPageReader({
      doc: document,
      location: () => new URL(location.href),
      now: () => new Date(),
      send: (message) => void deliver(message),
    });
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
    reader.read();
    scheduleReport();
  },
});

/** The background may be restarting or the extension reloaded: a lost read is re-sent on the next change. */
async function deliver(message: PageMessage): Promise<void> {
  try {
    if (message.kind === 'observe') await sendMessage('observe', { observation: message.observation });
    else if (message.kind === 'unreadable') await sendMessage('unreadable', { report: message.report });
    else if (message.kind === 'readProblem') await sendMessage('readProblem', { report: message.report });
    else await sendMessage('clearTab', {});
  } catch {
    // Nothing to do in the page: never surface extension errors in LinkedIn's console.
  }
}
