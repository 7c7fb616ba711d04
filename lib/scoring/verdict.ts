import { collectFacts, type Fact, type Facts } from '@/lib/accounts/facts';
import { testRule } from '@/lib/icp/operators';
import type { Criterion, Icp } from '@/lib/icp/schema';
import type { Signal } from '@/lib/signals/vocabulary';
import { NO_LISTS, type SuppressionIndex } from '@/lib/suppression/suppression-index';
import { type CriterionStatus, DISQUALIFIED_TIER, type TierView } from './fit';
import { pickTier } from './pick-tier';
import { weighCriteria } from './weigh';

/** What bulk work needs of a fit: no explanation, only where the account lands. */
export interface Verdict {
  score: number;
  tier: TierView;
  disqualified: boolean;
}

/**
 * The tier and score score() would give, without the words and evidence of each criterion:
 * re-scoring 50,000 accounts, the editor's preview and the stored fits need only this, and the
 * explanation is most of score()'s cost. A test holds the two to the same answers.
 */
export function verdictOf(
  account: { signals: readonly Signal[] },
  icp: Icp,
  now: Date,
  lists: SuppressionIndex = NO_LISTS,
): Verdict {
  return verdictOfFacts(collectFacts(account.signals), icp, now, lists);
}

/** The same from facts already collected (the stored fit also lists some of them). */
export function verdictOfFacts(facts: Facts, icp: Icp, now: Date, lists: SuppressionIndex): Verdict {
  const context = { now, lists };
  const outcome = (rule: Criterion | Icp['disqualifiers'][number]) => {
    const fact = facts[rule.field] as Fact | undefined;
    return fact ? testRule(rule, fact.value, context) : undefined;
  };
  const statuses = icp.criteria.map((criterion) => ({
    criterion,
    status: statusOf(outcome(criterion)),
    weight: criterion.weight,
  }));
  const { score } = weighCriteria(statuses);
  const missedMustHaves = statuses
    .filter(({ criterion, status }) => criterion.mustHave && status === 'missed')
    .map(({ criterion }) => criterion.id);
  const disqualified = icp.disqualifiers.some((disqualifier) => outcome(disqualifier) === true);
  const tier = disqualified ? DISQUALIFIED_TIER : pickTier(icp.tiers, score, missedMustHaves).tier;
  return { score, tier, disqualified };
}

function statusOf(result: boolean | undefined): CriterionStatus {
  return result === undefined ? 'unknown' : result ? 'matched' : 'missed';
}
