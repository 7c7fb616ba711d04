import { browser } from 'wxt/browser';
import type { FitcheckDb } from '@/lib/db';
import { saveShortlistEntry } from '@/lib/shortlist/shortlist-store';
import { getTabState } from './tab-state';

export const ADD_TO_SHORTLIST_COMMAND = 'add-to-shortlist';

/**
 * The keyboard shortcut: shortlists the company the active tab shows (a profile's company is not
 * guessed: the SDR opens the company page for that). The toolbar title says what happened.
 */
export async function shortlistActiveTab(db: FitcheckDb, now: Date): Promise<boolean> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return false;
  const state = await getTabState(tab.id);
  if (state?.kind !== 'company') {
    await browser.action.setTitle({ tabId: tab.id, title: 'Fitcheck: no company on this page to shortlist' });
    return false;
  }
  const account = await db.accounts.get(state.accountId);
  await saveShortlistEntry(db, { accountId: state.accountId }, now);
  await browser.action.setTitle({
    tabId: tab.id,
    title: `Fitcheck: ${account?.name ?? 'this company'} is on your shortlist`,
  });
  return true;
}
