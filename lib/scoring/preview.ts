import type { Icp } from '@/lib/icp/schema';
import type { Signal } from '@/lib/signals/vocabulary';
import type { SuppressionIndex } from '@/lib/suppression/suppression-index';
import { DISQUALIFIED_TIER, type TierView } from './fit';
import { verdictOf } from './verdict';

export interface TierCount extends TierView {
  count: number;
}

export interface TierChange {
  accountId: string;
  name: string;
  from: { tier: TierView; score: number };
  to: { tier: TierView; score: number };
}

/** How the accounts already seen would spread across tiers under a draft ICP, against the saved one. */
export interface IcpPreview {
  total: number;
  saved?: TierCount[];
  draft: TierCount[];
  /** Accounts whose tier would change, largest score moves first; at most `changeLimit` of them. */
  changes: TierChange[];
  changedCount: number;
}

interface PreviewAccount {
  id: string;
  name?: string;
  signals: readonly Signal[];
}

interface Verdict {
  tier: TierView;
  score: number;
}

/** Pure: the caller passes the accounts, `now` and the lists. A new ICP (no saved one) has no "saved" column. */
export function previewIcp(
  accounts: readonly PreviewAccount[],
  saved: Icp | undefined,
  draft: Icp,
  now: Date,
  lists: SuppressionIndex,
  changeLimit = 50,
): IcpPreview {
  const verdict = (account: PreviewAccount, icp: Icp): Verdict => {
    const fit = verdictOf(account, icp, now, lists);
    return { tier: fit.tier, score: fit.score };
  };
  const changes: TierChange[] = [];
  const draftVerdicts: Verdict[] = [];
  const savedVerdicts: Verdict[] = [];
  for (const account of accounts) {
    const to = verdict(account, draft);
    draftVerdicts.push(to);
    if (!saved) continue;
    const from = verdict(account, saved);
    savedVerdicts.push(from);
    if (from.tier.id !== to.tier.id) changes.push({ accountId: account.id, name: nameOf(account), from, to });
  }
  changes.sort((a, b) => Math.abs(b.to.score - b.from.score) - Math.abs(a.to.score - a.from.score));
  return {
    total: accounts.length,
    ...(saved ? { saved: countTiers(saved, savedVerdicts) } : {}),
    draft: countTiers(draft, draftVerdicts),
    changes: changes.slice(0, changeLimit),
    changedCount: changes.length,
  };
}

/** Every tier of the ICP (top first) and Disqualified, with how many verdicts landed there. */
function countTiers(icp: Icp, verdicts: readonly Verdict[]): TierCount[] {
  const tiers = [...icp.tiers].sort((a, b) => b.minScore - a.minScore);
  const views: TierView[] = [
    ...tiers.map(({ id, label, badge, color }) => ({ id, label, badge, color })),
    DISQUALIFIED_TIER,
  ];
  return views.map((tier) => ({ ...tier, count: verdicts.filter((v) => v.tier.id === tier.id).length }));
}

function nameOf(account: PreviewAccount): string {
  return account.name ?? account.id;
}
