import type { BacktestReport } from './backtest';
import type { CriterionBacktest } from './criterion-backtest';
import {
  type AttributeCoverage,
  type LiftReport,
  type LiftRow,
  NEGATIVE_LIFT,
  POSITIVE_LIFT,
  SMALL_GROUP,
} from './lift-report';
import type { OutcomeStats } from './outcome-stats';
import { formatShare, formatTimes, topGroupLabel } from './signal-wording';
import { formatAmount, renderTable } from './text-table';

/** The lift report as plain text for the command line: the groups, the coverage, then one row per value. */
export function formatLiftReport(report: LiftReport): string {
  const { base, churned, rankedCustomers, top } = report.groups;
  const threshold =
    report.topValueThreshold === undefined
      ? ''
      : ` (value ${formatAmount(report.topValueThreshold)} or more)`;
  return [
    `Customer base: ${base} won accounts (customers and churned), ${churned} of them churned.`,
    `${topGroupLabel(report.topShare)}: the best ${top} of ${rankedCustomers} current customers ranked by value${threshold}.`,
    `Lift = share in the top group / share in the base; ${POSITIVE_LIFT}× or more is a positive signal (+).`,
    `Churn lift = share among churned / share in the base; ${NEGATIVE_LIFT}× or more is a negative signal (-).`,
    `Small sample (!): fewer than ${report.minCount} accounts with the value, or fewer than ${SMALL_GROUP} accounts of the group giving the attribute.`,
    '',
    'Accounts giving each attribute (accounts without it are left out of its shares):',
    renderTable(
      [
        { header: 'Attribute' },
        { header: 'Top', align: 'right' },
        { header: 'Base', align: 'right' },
        { header: 'Churned', align: 'right' },
        { header: 'Criterion' },
      ],
      report.coverage.map(coverageCells),
    ),
    '',
    renderTable(
      [
        { header: 'Attribute' },
        { header: 'Value' },
        { header: 'Top', align: 'right' },
        { header: 'Base', align: 'right' },
        { header: 'Lift', align: 'right' },
        { header: 'Churned', align: 'right' },
        { header: 'Churn lift', align: 'right' },
        { header: 'Signal' },
        { header: 'Small sample' },
      ],
      report.rows.map(liftCells),
    ),
  ].join('\n');
}

function coverageCells(coverage: AttributeCoverage): string[] {
  const criterion =
    coverage.field ?? 'none: analysed only, no page shows it, so it cannot become a criterion';
  return [coverage.label, `${coverage.top}`, `${coverage.base}`, `${coverage.churned}`, criterion];
}

function liftCells(row: LiftRow): string[] {
  const share = (group: LiftRow['top']) => `${group.count} ${formatShare(group.share).padStart(4)}`;
  const signal = [row.positive ? '+' : '', row.negative ? '-' : ''].join('');
  const small = row.smallSample.length === 0 ? '' : `! ${row.smallSample.join(', ')}`;
  return [
    row.attributeLabel,
    row.value,
    share(row.top),
    share(row.base),
    formatTimes(row.lift),
    share(row.churned),
    formatTimes(row.churnLift),
    signal,
    small,
  ];
}

/** The backtest as plain text: outcomes per tier, ICP against the rest with the verdict, then each criterion. */
export function formatBacktestReport(report: BacktestReport): string {
  const groups = [
    ...report.tiers.map((tier) => [tier.label, tier] as const),
    [`ICP (${report.icpTier.label})`, report.icp] as const,
    ['Non-ICP', report.nonIcp] as const,
  ];
  return [
    renderTable(
      [
        { header: 'Group' },
        { header: 'Accounts', align: 'right' },
        { header: 'Won', align: 'right' },
        { header: 'Lost', align: 'right' },
        { header: 'Open', align: 'right' },
        { header: 'Win rate', align: 'right' },
        { header: 'Churn rate', align: 'right' },
        { header: 'Avg won value', align: 'right' },
      ],
      groups.map(([label, stats]) => outcomeCells(label, stats)),
    ),
    '',
    report.verdict,
    '',
    renderTable(
      [
        { header: 'Criterion' },
        { header: 'Matched win', align: 'right' },
        { header: 'Missed win', align: 'right' },
        { header: 'Unknown', align: 'right' },
        { header: 'Ratio', align: 'right' },
        { header: 'Verdict' },
      ],
      report.criteria.map(criterionCells),
    ),
  ].join('\n');
}

function outcomeCells(label: string, stats: OutcomeStats): string[] {
  return [
    label,
    `${stats.accounts}`,
    `${stats.won}`,
    `${stats.lost}`,
    `${stats.open}`,
    formatShare(stats.winRate),
    formatShare(stats.churnRate),
    formatAmount(stats.averageWonValue),
  ];
}

function criterionCells(criterion: CriterionBacktest): string[] {
  const winRate = (stats: OutcomeStats) =>
    `${formatShare(stats.winRate)} (${stats.won}/${stats.won + stats.lost})`;
  return [
    criterion.label,
    winRate(criterion.matched),
    winRate(criterion.missed),
    `${criterion.unknown}`,
    formatTimes(criterion.winRateRatio),
    criterion.problem ?? 'separates winners from losers',
  ];
}
