import type { Fact, Facts } from '@/lib/accounts/facts';
import { describeExpectation } from '@/lib/icp/describe';
import { type RuleContext, testRule } from '@/lib/icp/operators';
import type { Criterion, Disqualifier } from '@/lib/icp/schema';
import type { Evidence } from '@/lib/signals/vocabulary';
import { formatFieldValue } from './format-value';

/** A criterion or disqualifier tested against what is known: true, false, or not known at all. */
export interface RuleOutcome {
  outcome: 'true' | 'false' | 'unknown';
  expected: string;
  actual?: string;
  evidence: Evidence[];
}

/** A field with no fact is unknown, never false: the page simply did not show it. */
export function evaluateRule(
  rule: Criterion | Disqualifier,
  facts: Facts,
  context: RuleContext,
): RuleOutcome {
  const expected = expectationOf(rule);
  const fact = facts[rule.field] as Fact | undefined;
  if (!fact) return { outcome: 'unknown', expected, evidence: [] };
  const result = testRule(rule, fact.value, context);
  return {
    outcome: result === undefined ? 'unknown' : result ? 'true' : 'false',
    expected,
    actual: formatFieldValue(rule.field, fact.value),
    evidence: [...fact.evidence],
  };
}

// A rule's expectation in words depends on the rule alone: worked out once per parsed ICP rule,
// not once per account scored.
const expectations = new WeakMap<Criterion | Disqualifier, string>();

function expectationOf(rule: Criterion | Disqualifier): string {
  let text = expectations.get(rule);
  if (text === undefined) {
    text = describeExpectation(rule);
    expectations.set(rule, text);
  }
  return text;
}
