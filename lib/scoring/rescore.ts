import type { Account } from '@/lib/accounts/account';
import { collectFacts } from '@/lib/accounts/facts';
import type { FitcheckDb, StoredFit } from '@/lib/db';
import type { ScoringSetup } from './scoring-setup';
import { verdictOfFacts } from './verdict';

// Small enough that one batch never holds the database for long, large enough to finish 50,000 accounts quickly.
const BATCH_SIZE = 500;

/** Where an account lands under the primary ICP, with what the dashboard lists, filters and sorts on. */
export function storedFitOf(account: Account, setup: ScoringSetup, now: Date): StoredFit {
  const { icp, lists } = setup;
  const facts = collectFacts(account.signals);
  const fit = verdictOfFacts(facts, icp, now, lists);
  return {
    accountId: account.id,
    icpId: icp.id,
    icpName: icp.name,
    icpVersion: icp.version,
    tierId: fit.tier.id,
    tierLabel: fit.tier.label,
    tierColor: fit.tier.color,
    score: fit.score,
    disqualified: fit.disqualified,
    scoredAt: now.toISOString(),
    name: account.name ?? facts.name?.value ?? account.domain ?? account.linkedinSlug ?? account.id,
    domain: account.domain,
    industry: facts.industry?.value,
    employeeRange: facts.employeeRange?.value,
    hqCountry: facts.hqCountry?.value,
    hqCity: facts.hqCity?.value,
    technology: [...(facts.technology?.value ?? [])],
    lastSeenAt: account.lastSeenAt,
  };
}

export async function storeFit(db: FitcheckDb, account: Account, setup: ScoringSetup, now: Date) {
  await db.fits.put(storedFitOf(account, setup, now));
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
    const fits = batch.map((account) => storedFitOf(account, setup, now));
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
