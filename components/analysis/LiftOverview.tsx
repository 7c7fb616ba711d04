import type { AttributeCoverage, LiftReport } from '@/lib/analysis/lift-report';
import { formatShare, topGroupLabel } from '@/lib/analysis/signal-wording';
import { formatCount, formatDollars } from './analysis-format';

/**
 * What the lift tables compare: the groups, the value that makes the top group, and how many
 * accounts of each group give each attribute (an account without it is left out of its shares, so
 * an attribute few records give rests on few accounts).
 */
export function LiftOverview({ report }: { report: LiftReport }) {
  const { base, churned, rankedCustomers, top } = report.groups;
  const threshold =
    report.topValueThreshold === undefined
      ? ''
      : `, worth ${formatDollars(report.topValueThreshold)} or more`;
  return (
    <div class="lift-overview">
      <p data-testid="lift-groups">
        Customer base: {formatCount(base, 'won account')} (customers and churned), {churned} of them churned.{' '}
        {topGroupLabel(report.topShare)}: the best {top} of {formatCount(rankedCustomers, 'current customer')}{' '}
        ranked by value{threshold}.
      </p>
      {rankedCustomers === 0 && (
        <p class="import-error" data-testid="lift-no-values">
          No current customer has a value in the chosen column, so there is no top group to compare: choose
          another value column or metric.
        </p>
      )}
      <details class="lift-coverage">
        <summary>Accounts that give each attribute</summary>
        <table class="icp__table" data-testid="lift-coverage">
          <thead>
            <tr>
              <th>Attribute</th>
              <th>Top group ({top})</th>
              <th>Base ({base})</th>
              <th>Churned ({churned})</th>
              <th>Can become a criterion</th>
            </tr>
          </thead>
          <tbody>
            {report.coverage.map((coverage) => (
              <CoverageRow key={coverage.attribute} coverage={coverage} groups={report.groups} />
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}

function CoverageRow({ coverage, groups }: { coverage: AttributeCoverage; groups: LiftReport['groups'] }) {
  const cell = (covered: number, size: number) =>
    `${covered} (${formatShare(size === 0 ? undefined : covered / size)})`;
  return (
    <tr data-testid="lift-coverage-row" data-attribute={coverage.attribute}>
      <td>{coverage.label}</td>
      <td>{cell(coverage.top, groups.top)}</td>
      <td>{cell(coverage.base, groups.base)}</td>
      <td>{cell(coverage.churned, groups.churned)}</td>
      <td>{coverage.field ? 'yes' : 'no: no page Fitcheck reads shows it'}</td>
    </tr>
  );
}
