import type { AnalysisAccount } from './analysis-account';
import { ANALYSIS_ATTRIBUTES, type AnalysisAttribute } from './attributes';
import {
  type AttributeCoverage,
  type GroupShare,
  type LiftReport,
  type LiftRow,
  NEGATIVE_LIFT,
  POSITIVE_LIFT,
  type SampleGroup,
  SMALL_GROUP,
} from './lift-report';
import { pickTopCustomers } from './top-customers';
import { tallyValues, type ValueTally } from './value-tally';

export interface LiftOptions {
  /** A group count under this gets a small-sample warning (default 5). */
  minCount?: number;
  /** The share of ranked customers that makes the top group (default 0.25: the top quartile). */
  topShare?: number;
}

interface Groups {
  top: readonly AnalysisAccount[];
  base: readonly AnalysisAccount[];
  churned: readonly AnalysisAccount[];
}

/**
 * Which values the best customers share, and which the churned ones share, compared with the
 * customer base (every won account: customer or churned; lost and open deals are left out).
 * lift = share in the top group / share in the base; churn lift = share among churned / share in
 * the base. An account that does not give an attribute is left out of that attribute's shares.
 */
export function analyzeLift(accounts: readonly AnalysisAccount[], options: LiftOptions = {}): LiftReport {
  const minCount = options.minCount ?? 5;
  const topShare = options.topShare ?? 0.25;
  if (!(topShare > 0 && topShare <= 1)) throw new RangeError(`topShare must be in (0, 1], got ${topShare}`);
  if (!(minCount >= 0)) throw new RangeError(`minCount must be 0 or more, got ${minCount}`);
  // Line order makes the spelling shown for a value, and so the whole report, stable.
  const byLine = [...accounts].sort((a, b) => a.line - b.line);
  const base = byLine.filter((account) => account.outcome === 'customer' || account.outcome === 'churned');
  const churned = base.filter((account) => account.outcome === 'churned');
  const best = pickTopCustomers(byLine, topShare);
  const groups: Groups = { top: best.top, base, churned };
  const perAttribute = ANALYSIS_ATTRIBUTES.map((attribute) => analyzeAttribute(attribute, groups, minCount));
  return {
    minCount,
    topShare,
    groups: {
      base: base.length,
      churned: churned.length,
      rankedCustomers: best.ranked,
      top: best.top.length,
    },
    topValueThreshold: best.threshold,
    coverage: perAttribute.map((result) => result.coverage),
    rows: perAttribute.flatMap((result) => result.rows).sort(byLiftDescending),
  };
}

function analyzeAttribute(
  attribute: AnalysisAttribute,
  groups: Groups,
  minCount: number,
): { coverage: AttributeCoverage; rows: LiftRow[] } {
  const spellings = new Map<string, string>();
  const base = tallyValues(groups.base, attribute, spellings);
  const top = tallyValues(groups.top, attribute, spellings);
  const churned = tallyValues(groups.churned, attribute, spellings);
  const { id, label, field } = attribute;
  const coverage = {
    attribute: id,
    label,
    field,
    top: top.covered,
    base: base.covered,
    churned: churned.covered,
  };
  const rows = [...base.counts.keys()].map((key): LiftRow => {
    const topShare = shareOf(top, key);
    const baseShare = shareOf(base, key);
    const churnedShare = shareOf(churned, key);
    const lift = ratio(topShare.share, baseShare.share);
    const churnLift = ratio(churnedShare.share, baseShare.share);
    return {
      attribute: id,
      attributeLabel: label,
      field,
      value: spellings.get(key) ?? key,
      top: topShare,
      base: baseShare,
      churned: churnedShare,
      lift,
      churnLift,
      positive: lift !== undefined && lift >= POSITIVE_LIFT,
      negative: churnLift !== undefined && churnLift >= NEGATIVE_LIFT,
      smallSample: smallSamples({ top: topShare, churned: churnedShare }, minCount),
    };
  });
  return { coverage, rows };
}

function shareOf(tally: ValueTally, key: string): GroupShare {
  const count = tally.counts.get(key) ?? 0;
  return { count, of: tally.covered, share: tally.covered === 0 ? undefined : count / tally.covered };
}

function ratio(share: number | undefined, baseShare: number | undefined): number | undefined {
  return share === undefined || baseShare === undefined || baseShare === 0 ? undefined : share / baseShare;
}

function smallSamples(groups: Record<SampleGroup, GroupShare>, minCount: number): SampleGroup[] {
  return (['top', 'churned'] as const).filter(
    (group) => groups[group].count < minCount || groups[group].of < SMALL_GROUP,
  );
}

/** Highest lift first, then highest churn lift; rows without a lift go last, by attribute and value. */
function byLiftDescending(a: LiftRow, b: LiftRow): number {
  const lift = (row: LiftRow) => row.lift ?? Number.NEGATIVE_INFINITY;
  const churn = (row: LiftRow) => row.churnLift ?? Number.NEGATIVE_INFINITY;
  return (
    lift(b) - lift(a) ||
    churn(b) - churn(a) ||
    attributeOrder(a) - attributeOrder(b) ||
    (a.value < b.value ? -1 : a.value > b.value ? 1 : 0)
  );
}

function attributeOrder(row: LiftRow): number {
  return ANALYSIS_ATTRIBUTES.findIndex((attribute) => attribute.id === row.attribute);
}
