import { attributeById } from './attributes';
import type { GroupShare, LiftRow } from './lift-report';

/** "40%": shares are kept exact and only rounded here, for people to read. */
export function formatShare(share: number | undefined): string {
  return share === undefined ? '–' : `${Math.round(share * 100)}%`;
}

/** "2.7×", one decimal. */
export function formatTimes(times: number | undefined): string {
  if (times === undefined) return '–';
  return Number.isFinite(times) ? `${times.toFixed(1)}×` : '∞';
}

/** "20 of 50": the count over the accounts of the group that give the attribute. */
function countOf(group: GroupShare): string {
  return `${group.count} of ${group.of}`;
}

/**
 * "Top-quartile customers are 2.7× as often in Financial Services as the customer base (40% vs
 * 15%; 20 of 50 vs 39 of 260)." The numbers go in so the SDR (and the reviewer) can check them.
 */
export function describeLift(row: LiftRow, topLabel: string): string {
  const where = attributeById(row.attribute).describe(row.value);
  return (
    `${topLabel} are ${formatTimes(row.lift)} as often ${where} as the customer base ` +
    `(${formatShare(row.top.share)} vs ${formatShare(row.base.share)}; ${countOf(row.top)} vs ${countOf(row.base)}).`
  );
}

/** "Churned customers are 3.3× as often in Retail as the customer base (40% vs 12%; 24 of 60 vs 32 of 260)." */
export function describeChurnLift(row: LiftRow): string {
  const where = attributeById(row.attribute).describe(row.value);
  return (
    `Churned customers are ${formatTimes(row.churnLift)} as often ${where} as the customer base ` +
    `(${formatShare(row.churned.share)} vs ${formatShare(row.base.share)}; ${countOf(row.churned)} vs ${countOf(row.base)}).`
  );
}

/** "Top-quartile customers", or "Top-10% customers" for another cut. */
export function topGroupLabel(topShare: number): string {
  return topShare === 0.25 ? 'Top-quartile customers' : `Top-${formatShare(topShare)} customers`;
}
