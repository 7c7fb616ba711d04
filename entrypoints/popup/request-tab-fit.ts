import { browser } from 'wxt/browser';
import { sendMessage, type TabFit } from '@/lib/messaging';

/** `popup.html?tabId=N` shows tab N (tests, a popup opened as a page); otherwise the active tab. */
async function targetTabId(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery >= 0 && location.search.includes('tabId=')) return fromQuery;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id;
}

const READ_POLL_MS = 300;
const READ_TIMEOUT_MS = 5000;

/**
 * The tab's fit. On a website Fitcheck has not read yet, opening the popup is the user's
 * request to read it (activeTab): start the reader, then wait briefly for its first read.
 */
async function loadTabFit(tabId: number): Promise<TabFit> {
  const known = await sendMessage('getTabFit', { tabId });
  if (known.state !== 'none') return known;
  const { started } = await sendMessage('readTab', { tabId });
  if (!started) return known;
  const deadline = Date.now() + READ_TIMEOUT_MS;
  while (Date.now() < deadline) {
    await new Promise((done) => setTimeout(done, READ_POLL_MS));
    const fit = await sendMessage('getTabFit', { tabId });
    if (fit.state !== 'none') return fit;
  }
  return known;
}

/** The fit of the tab the popup is for: none when there is no such tab. */
export async function requestTabFit(): Promise<TabFit> {
  const tabId = await targetTabId();
  return tabId === undefined ? { state: 'none' } : loadTabFit(tabId);
}
