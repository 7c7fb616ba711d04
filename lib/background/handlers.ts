import type { Browser } from 'wxt/browser';
import { getAccount, recordObservation } from '@/lib/accounts/repository';
import type { FitcheckDb } from '@/lib/db';
import { getActiveIcp, importIcpText } from '@/lib/icp/icp-store';
import type { Icp } from '@/lib/icp/schema';
import type { Handlers } from '@/lib/messaging';
import { score } from '@/lib/scoring/score';
import { clearBadge, showFitBadge } from './badge';
import { forgetTab, getTabAccount, listTabAccounts, setTabAccount } from './tab-accounts';

/** The background's answers to every message; `now` is injected so tests can fix the date. */
export function createHandlers(db: FitcheckDb, now: () => Date = () => new Date()): Handlers {
  return {
    async observe({ observation }, sender) {
      const tabId = tabOf(sender);
      const account = observation.signals.length > 0 ? await recordObservation(db, observation) : undefined;
      if (!account) {
        await forgetTab(tabId);
        await clearBadge(tabId);
        return { accepted: false };
      }
      await setTabAccount(tabId, account.id);
      await showFitBadge(tabId, account.name, score(account, await getActiveIcp(db), now()));
      return { accepted: true };
    },
    async clearTab(_input, sender) {
      const tabId = tabOf(sender);
      await forgetTab(tabId);
      await clearBadge(tabId);
      return { cleared: true };
    },
    async getTabFit({ tabId }) {
      const accountId = await getTabAccount(tabId);
      const account = accountId ? await getAccount(db, accountId) : undefined;
      if (!account) return { state: 'none' };
      return { state: 'company', account, fit: score(account, await getActiveIcp(db), now()) };
    },
    getActiveIcp: () => getActiveIcp(db),
    async importIcp({ text }) {
      const result = await importIcpText(db, text);
      if (result.ok) await refreshBadges(db, result.icp, now());
      return result;
    },
  };
}

function tabOf(sender: Browser.runtime.MessageSender): number {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('a content-script message without a tab');
  return tabId;
}

/** A new ICP changes every open company's tier: re-badge the tabs showing one. */
async function refreshBadges(db: FitcheckDb, icp: Icp, now: Date): Promise<void> {
  for (const [tabId, accountId] of await listTabAccounts()) {
    const account = await getAccount(db, accountId);
    if (account)
      await showFitBadge(tabId, account.name, score(account, icp, now)).catch(() => forgetTab(tabId));
  }
}
