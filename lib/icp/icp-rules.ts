import type { z } from 'zod';
import type { SignalField } from '@/lib/signals/vocabulary';
import { checkValuesForField } from './field-value-checks';
import { operatorFieldMismatch } from './operator-field-fit';
import type { OperatorId } from './operators';

/*
 * The checks that look across fields or entries, attached to the smallest schema that holds
 * what they compare. zod skips a refinement when something inside it has the wrong type, so
 * keeping them small means one bad entry does not hide the problems of the others: one import
 * lists as many problems as it can. They take plain shapes, not the Icp type, because the
 * schema that defines Icp is built from them.
 */

type Report = (path: (string | number)[], message: string) => void;

function reporterFor(ctx: z.RefinementCtx): Report {
  return (path, message) => ctx.addIssue({ code: 'custom', path, message });
}

/** The operator must fit the field's kind, and the values must be ones the field can hold. */
export function checkRuleFitsField(
  rule: { field: SignalField; operator: OperatorId; value: unknown },
  ctx: z.RefinementCtx,
): void {
  const report = reporterFor(ctx);
  const mismatch = operatorFieldMismatch(rule.operator, rule.field);
  // Values are only worth checking once the operator fits the field; otherwise the fix changes them.
  if (mismatch) {
    report(['operator'], mismatch);
    return;
  }
  for (const problem of checkValuesForField(rule)) report(problem.path, problem.message);
}

/** Ids are how the popup, the export and tests name a criterion, so they must be unique across both lists. */
export function checkUniqueRuleIds(
  icp: { criteria: readonly { id: string }[]; disqualifiers: readonly { id: string }[] },
  ctx: z.RefinementCtx,
): void {
  const report = reporterFor(ctx);
  const firstUse = new Map<string, string>();
  const lists = [
    ['criteria', icp.criteria],
    ['disqualifiers', icp.disqualifiers],
  ] as const;
  for (const [list, entries] of lists) {
    entries.forEach(({ id }, index) => {
      const earlier = firstUse.get(id);
      if (earlier === undefined) {
        firstUse.set(id, `${list}[${index}]`);
        return;
      }
      const message = `id "${id}" is already used by ${earlier}; give every criterion and disqualifier its own id`;
      report([list, index, 'id'], message);
    });
  }
}

/** Every score from 0 to 100 must land in exactly one tier. */
export function checkTiers(tiers: readonly { id: string; minScore: number }[], ctx: z.RefinementCtx): void {
  const report = reporterFor(ctx);
  const idsSeen = new Set<string>();
  const startsSeen = new Map<number, string>();
  tiers.forEach((tier, index) => {
    if (tier.id === 'disqualified') {
      report(
        [index, 'id'],
        '"disqualified" is reserved for accounts a disqualifier hits; choose another tier id',
      );
    } else if (idsSeen.has(tier.id)) {
      report([index, 'id'], `tier id "${tier.id}" is used twice; give every tier its own id`);
    }
    idsSeen.add(tier.id);
    const sameStart = startsSeen.get(tier.minScore);
    if (sameStart === undefined) startsSeen.set(tier.minScore, tier.id);
    else
      report(
        [index, 'minScore'],
        `tiers ${sameStart} and ${tier.id} overlap: both start at ${tier.minScore}`,
      );
  });
  if (tiers.length > 0 && !startsSeen.has(0)) {
    report([], "no tier starts at 0, so a low score would have no tier; set the lowest tier's minScore to 0");
  }
}
