import { getAccount } from '@/lib/accounts/repository';
import { queryDashboard } from '@/lib/dashboard/dashboard-cache';
import type { FitcheckDb } from '@/lib/db';
import type { ExportRow } from '@/lib/export/export-row';
import type { Handlers } from '@/lib/messaging';
import { fitCompany } from '@/lib/scoring/company-fit';
import { score } from '@/lib/scoring/score';
import { loadScoringSetup } from '@/lib/scoring/scoring-setup';
import {
  getShortlistEntry,
  removeFromShortlist,
  saveShortlistEntry,
  setShortlistStatus,
} from '@/lib/shortlist/shortlist-store';

type ShortlistHandlers = Pick<
  Handlers,
  'shortlist' | 'unshortlist' | 'setShortlistStatus' | 'queryDashboard' | 'getAccountFit' | 'exportRows'
>;

/** The shortlist and the dashboard: what the SDR keeps, and the table of accounts they work from. */
export function createShortlistHandlers(db: FitcheckDb, now: () => Date): ShortlistHandlers {
  return {
    async shortlist(change) {
      if (!(await getAccount(db, change.accountId))) throw new Error(`no account ${change.accountId}`);
      return saveShortlistEntry(db, change, now());
    },
    async unshortlist({ accountIds }) {
      await removeFromShortlist(db, accountIds);
      return { removed: accountIds.length };
    },
    async setShortlistStatus({ accountIds, status }) {
      return { updated: await setShortlistStatus(db, accountIds, status, now()) };
    },
    queryDashboard: ({ query }) => queryDashboard(db, query),
    async getAccountFit({ accountId }) {
      const account = await getAccount(db, accountId);
      if (!account) return undefined;
      const shortlist = await getShortlistEntry(db, accountId);
      return { ...fitCompany(account, await loadScoringSetup(db), now()), shortlist };
    },
    async exportRows({ accountIds }) {
      const setup = await loadScoringSetup(db);
      const [accounts, entries] = await Promise.all([
        db.accounts.bulkGet(accountIds),
        db.shortlist.bulkGet(accountIds),
      ]);
      return accounts.flatMap((account, index): ExportRow[] => {
        if (!account) return [];
        const shortlist = entries[index];
        const fit = score(account, setup.icp, now(), setup.lists);
        return [shortlist ? { account, fit, shortlist } : { account, fit }];
      });
    },
  };
}
