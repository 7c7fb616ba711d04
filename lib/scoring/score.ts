import { collectFacts, type Facts } from '@/lib/accounts/facts';
import type { RuleContext } from '@/lib/icp/operators';
import type { Criterion, Disqualifier, Icp } from '@/lib/icp/schema';
import { NO_LISTS, type SuppressionIndex } from '@/lib/suppression/suppression-index';
import type { Signal } from '@/lib/signals/vocabulary';
import { evaluateRule } from './evaluate-rule';
import { type CriterionResult, DISQUALIFIED_TIER, type DisqualifierResult, type Fit } from './fit';
import { pickTier } from './pick-tier';
import { weighCriteria } from './weigh';

/*
 * How an account is scored against an ICP (docs/icp-format.md says the same for RevOps):
 *
 * - Facts come from collectFacts(account.signals): one per field, list fields united across
 *   sources. A criterion whose field has no fact is `unknown`, never `missed`: the page did not
 *   show it, and the popup says which page would.
 * - score    = round(100 × matched weight / total weight), an integer 0..100.
 *   coverage = (matched + missed weight) / total weight, 0..1 with 2 decimals.
 *   ceiling  = round(100 × (matched + unknown weight) / total weight): the score if every
 *              unknown turned out matched.
 * - tier = the tier with the highest minScore at or below the score. A missed must-have keeps
 *   the account out of the top tier (it gets the next one down); the score is not changed, and
 *   cappedByMustHave lists the missed must-haves. With a single tier nothing is capped.
 * - Disqualifiers are tested like criteria: true -> `hit`, false -> `clear`, no fact ->
 *   `unknown`. Any hit makes the account disqualified with the Disqualified tier: a disqualifier
 *   beats any score. Score, coverage and ceiling are still computed and returned.
 *
 * - An on_list disqualifier whose list was never imported is `unknown`, never `clear`.
 *
 * Pure and synchronous: `now` (for within_days) and the imported suppression lists (for
 * on_list) are passed in, never read from the clock or the database.
 */
export function score(
  account: { signals: readonly Signal[] },
  icp: Icp,
  now: Date,
  lists: SuppressionIndex = NO_LISTS,
): Fit {
  const facts = collectFacts(account.signals);
  const context: RuleContext = { now, lists };
  const criteria = icp.criteria.map((criterion) => evaluateCriterion(criterion, facts, context));
  const disqualifiers = icp.disqualifiers.map((disqualifier) =>
    evaluateDisqualifier(disqualifier, facts, context),
  );
  const totals = weighCriteria(criteria);
  const missedMustHaves = criteria.filter((c) => c.mustHave && c.status === 'missed').map((c) => c.id);
  const { tier, cappedByMustHave } = pickTier(icp.tiers, totals.score, missedMustHaves);
  const disqualified = disqualifiers.some((disqualifier) => disqualifier.status === 'hit');
  return {
    icpId: icp.id,
    icpName: icp.name,
    icpVersion: icp.version,
    icpReviewedAt: icp.reviewedAt,
    ...totals,
    tier: disqualified ? DISQUALIFIED_TIER : tier,
    disqualified,
    cappedByMustHave,
    criteria,
    disqualifiers,
  };
}

const CRITERION_STATUS = { true: 'matched', false: 'missed', unknown: 'unknown' } as const;
const DISQUALIFIER_STATUS = { true: 'hit', false: 'clear', unknown: 'unknown' } as const;

function evaluateCriterion(criterion: Criterion, facts: Facts, context: RuleContext): CriterionResult {
  const { outcome, ...reading } = evaluateRule(criterion, facts, context);
  const { id, label, layer, field, weight, mustHave, rationale, productFit } = criterion;
  return {
    id,
    label,
    layer,
    field,
    weight,
    mustHave,
    rationale,
    ...(productFit === undefined ? {} : { productFit }),
    status: CRITERION_STATUS[outcome],
    ...reading,
  };
}

function evaluateDisqualifier(
  disqualifier: Disqualifier,
  facts: Facts,
  context: RuleContext,
): DisqualifierResult {
  const { outcome, ...reading } = evaluateRule(disqualifier, facts, context);
  const { id, label, field, reason } = disqualifier;
  return { id, label, field, reason, status: DISQUALIFIER_STATUS[outcome], ...reading };
}
