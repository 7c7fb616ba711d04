import { formatFieldValue } from '@/lib/scoring/format-value';
import type { SignalField } from '@/lib/signals/vocabulary';
import { describeRuleValue, type OperatorId } from './operators';

/**
 * What a criterion or disqualifier asks for, in words: "one of Software Development, Financial
 * Services", "100–3,000 employees (band overlaps)", "one of Series B, Series C". Values are shown
 * the way the popup shows the field, so the SDR compares like with like.
 */
export function describeExpectation(rule: {
  field: SignalField;
  operator: OperatorId;
  value: unknown;
}): string {
  return describeRuleValue(rule, (item) => formatFieldValue(rule.field, item));
}
