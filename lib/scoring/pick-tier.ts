import type { Tier } from '@/lib/icp/schema';
import type { TierView } from './fit';

/**
 * The tier with the highest minScore at or below the score. A missed must-have keeps the account
 * out of the top tier: it gets the next tier down instead, whatever its score. With a single
 * tier there is nothing below to fall to, so nothing is capped.
 */
export function pickTier(
  tiers: readonly Tier[],
  score: number,
  missedMustHaves: readonly string[],
): { tier: TierView; cappedByMustHave: string[] } {
  const highestFirst = [...tiers].sort((a, b) => b.minScore - a.minScore);
  const reached = highestFirst.findIndex((tier) => tier.minScore <= score);
  // The schema guarantees a tier at 0; falling back to the lowest keeps this total anyway.
  let index = reached === -1 ? highestFirst.length - 1 : reached;
  const canCap = highestFirst.length > 1 && missedMustHaves.length > 0;
  if (canCap && index === 0) index = 1;
  const tier = highestFirst[index];
  if (!tier) throw new Error('An ICP needs at least one tier');
  return { tier: toTierView(tier), cappedByMustHave: canCap ? [...missedMustHaves] : [] };
}

function toTierView({ id, label, badge, color }: Tier): TierView {
  return { id, label, badge, color };
}
