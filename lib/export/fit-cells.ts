import type { CriterionStatus } from '@/lib/scoring/fit';
import { type ExportRow, LIST_SEPARATOR } from './export-row';

/** Labels of the ICP criteria with this status, in ICP order. */
export function criteriaLabels(row: ExportRow, status: CriterionStatus): string {
  return row.fit.criteria
    .filter((criterion) => criterion.status === status)
    .map((criterion) => criterion.label)
    .join(LIST_SEPARATOR);
}

/** Labels of the disqualifiers that hit; clear and unknown ones are not a reason to skip the account. */
export function disqualifierLabels(row: ExportRow): string {
  return row.fit.disqualifiers
    .filter((disqualifier) => disqualifier.status === 'hit')
    .map((disqualifier) => disqualifier.label)
    .join(LIST_SEPARATOR);
}

/**
 * The fit in one line, for a CRM list view:
 * "Possible fit, 70/100 on Mid-market B2B SaaS (sample) v1. Missed: Target industry. Unknown: …".
 * Labels within a part are joined with "; ", so full stops separate the parts.
 */
export function fitSummary(row: ExportRow): string {
  const { fit } = row;
  const parts = [`${fit.tier.label}, ${fit.score}/100 on ${fit.icpName} v${fit.icpVersion}`];
  const hits = disqualifierLabels(row);
  if (hits) parts.push(`Disqualified by: ${hits}`);
  const missed = criteriaLabels(row, 'missed');
  if (missed) parts.push(`Missed: ${missed}`);
  const unknown = criteriaLabels(row, 'unknown');
  if (unknown) parts.push(`Unknown: ${unknown}`);
  return `${parts.join('. ')}.`;
}
