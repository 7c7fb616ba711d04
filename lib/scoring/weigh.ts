import type { CriterionStatus, Fit } from './fit';

/**
 * score, coverage and ceiling from the criteria's weights and statuses (score.ts says how they
 * read). Shared by the full fit and the quick verdict so the two never disagree.
 */
export function weighCriteria(
  criteria: readonly { status: CriterionStatus; weight: number }[],
): Pick<Fit, 'score' | 'coverage' | 'ceiling'> {
  let matched = 0;
  let missed = 0;
  let unknown = 0;
  for (const { status, weight } of criteria) {
    if (status === 'matched') matched += weight;
    else if (status === 'missed') missed += weight;
    else unknown += weight;
  }
  const total = matched + missed + unknown;
  // The schema refuses weights of 0 or less, so total is positive; the guard keeps NaN out regardless.
  if (total <= 0) return { score: 0, coverage: 0, ceiling: 0 };
  return {
    score: Math.round((100 * matched) / total),
    coverage: Math.round((100 * (matched + missed)) / total) / 100,
    ceiling: Math.round((100 * (matched + unknown)) / total),
  };
}
