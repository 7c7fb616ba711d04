import type { Account } from '@/lib/accounts/account';
import type { FitcheckDb, StoredFit } from '@/lib/db';
import type { Fit } from './fit';
import { score } from './score';
import type { ScoringSetup } from './scoring-setup';

// Small enough that one batch never holds the database for long, large enough to finish 50,000 accounts quickly.
const BATCH_SIZE = 500;

/** The part of a fit that lists and the dashboard sort and filter on. */
export function toStoredFit(accountId: string, fit: Fit, now: Date): StoredFit {
  return {
    accountId,
    icpId: fit.icpId,
    icpVersion: fit.icpVersion,
    tierId: fit.tier.id,
    score: fit.score,
    disqualified: fit.disqualified,
    scoredAt: now.toISOString(),
  };
}

export async function storeFit(db: FitcheckDb, account: Account, setup: ScoringSetup, now: Date) {
  await db.fits.put(toStoredFit(account.id, score(account, setup.icp, now, setup.lists), now));
}

/**
 * Re-scores every stored account with the primary ICP, in batches by id, reporting after each.
 * `shouldStop` is asked between batches: a newer ICP change starts its own run, and this one
 * gives way rather than write fits of an ICP that is no longer the one in use.
 */
export async function rescoreAllAccounts(
  db: FitcheckDb,
  setup: ScoringSetup,
  now: Date,
  report: (done: number, total: number) => void,
  shouldStop: () => boolean,
): Promise<'done' | 'stopped'> {
  const total = await db.accounts.count();
  let done = 0;
  let after: string | undefined;
  report(done, total);
  for (;;) {
    if (shouldStop()) return 'stopped';
    const batch = await nextBatch(db, after);
    if (batch.length === 0) break;
    const fits = batch.map((account) =>
      toStoredFit(account.id, score(account, setup.icp, now, setup.lists), now),
    );
    await db.fits.bulkPut(fits);
    done += batch.length;
    after = batch[batch.length - 1]?.id;
    report(Math.min(done, total), total);
  }
  // Fits of accounts deleted since (merged into another) would linger in the dashboard otherwise.
  await db.fits
    .where('accountId')
    .noneOf(await db.accounts.toCollection().primaryKeys())
    .delete();
  return 'done';
}

function nextBatch(db: FitcheckDb, after: string | undefined): Promise<Account[]> {
  const ordered = after === undefined ? db.accounts.orderBy(':id') : db.accounts.where(':id').above(after);
  return ordered.limit(BATCH_SIZE).toArray();
}
