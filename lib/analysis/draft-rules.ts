import { parseSizeBand } from '@/lib/icp/size-band';
import type { CriterionField } from './attributes';

/** The test a drafted criterion or disqualifier runs: the shapes the ICP format takes for these fields. */
export type DraftRule = { field: CriterionField } & (
  | { operator: 'in_list' | 'includes_any'; value: string[] }
  | { operator: 'size_in_range'; value: { min: number; max?: number; match?: 'overlap' | 'contain' } }
);

/**
 * Text fields test membership (in_list), technology tests whether any chosen tool is used
 * (includes_any), and company size spans the chosen bands: from the lowest band's min to the
 * highest band's max, without a max when the open top band ("10001+") is chosen. A band between
 * two chosen ones is inside the span too: a range has no gaps.
 */
export function draftRule(
  field: CriterionField,
  values: readonly string[],
  purpose: 'criterion' | 'disqualifier',
): DraftRule {
  if (field === 'technology') return { field, operator: 'includes_any', value: [...values] };
  if (field !== 'employeeRange') return { field, operator: 'in_list', value: [...values] };
  const span = spanOfBands(values);
  // A disqualifier beats any score, so it hits only a band wholly inside the churn-prone span.
  const match = purpose === 'disqualifier' ? { match: 'contain' as const } : {};
  const max = Number.isFinite(span.max) ? { max: span.max } : {};
  return { field, operator: 'size_in_range', value: { min: span.min, ...max, ...match } };
}

function spanOfBands(bands: readonly string[]): { min: number; max: number } {
  const parsed = bands.map((band) => {
    const headcount = parseSizeBand(band);
    if (!headcount) throw new Error(`"${band}" is not a company-size band such as "201-500" or "10001+"`);
    return headcount;
  });
  return {
    min: Math.min(...parsed.map((band) => band.min)),
    max: Math.max(...parsed.map((band) => band.max)),
  };
}
