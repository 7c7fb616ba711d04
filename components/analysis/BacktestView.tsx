import type { BacktestReport } from '@/lib/analysis/backtest';
import type { CriterionBacktest } from '@/lib/analysis/criterion-backtest';
import type { OutcomeStats } from '@/lib/analysis/outcome-stats';
import { formatShare, formatTimes } from '@/lib/analysis/signal-wording';
import { formatDollars } from './analysis-format';
import { ShareBar } from './ShareBar';

interface BacktestViewProps {
  report: BacktestReport;
  /** How the ICP backtested is named above the table. */
  icpName: string;
}

/**
 * The ICP scored over the CRM export: outcomes per tier, the top tier against every other account
 * with the verdict, and the criteria whose matched accounts win no more often than the missed ones.
 */
export function BacktestView({ report, icpName }: BacktestViewProps) {
  const weak = report.criteria.filter((criterion) => !criterion.separates);
  return (
    <div class="bt" data-testid="backtest">
      <h4>Backtest of {icpName}</h4>
      <table class="icp__table bt-table">
        <thead>
          <tr>
            <th>Tier</th>
            <th>Accounts</th>
            <th>Won</th>
            <th>Lost</th>
            <th>Open</th>
            <th>Win rate</th>
            <th>Churn rate</th>
            <th>Average won value</th>
          </tr>
        </thead>
        <tbody>
          {report.tiers.map((tier) => (
            <OutcomeRow key={tier.id} testId="backtest-tier" id={tier.id} label={tier.label} stats={tier} />
          ))}
        </tbody>
        <tbody class="bt-compare">
          <OutcomeRow
            testId="backtest-group"
            id="icp"
            label={`ICP (${report.icpTier.label})`}
            stats={report.icp}
          />
          <OutcomeRow testId="backtest-group" id="non-icp" label="Everyone else" stats={report.nonIcp} />
        </tbody>
      </table>
      <p
        class={report.separates ? 'ok bt-verdict' : 'bt-verdict bt-verdict--weak'}
        data-testid="backtest-verdict"
        data-separates={String(report.separates)}
      >
        {report.verdict}
      </p>
      <p class="muted">
        Win rate: won ÷ (won + lost); open deals are undecided and count in no rate. Churn rate: churned ÷
        won.
      </p>
      {weak.length === 0 ? (
        report.criteria.length > 0 && <p class="ok">Every criterion separates winners from losers.</p>
      ) : (
        <>
          <h4>Criteria that do not separate winners from losers</h4>
          <ul class="bt-weak">
            {weak.map((criterion) => (
              <WeakCriterion key={criterion.id} criterion={criterion} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

interface OutcomeRowProps {
  testId: string;
  id: string;
  label: string;
  stats: OutcomeStats;
}

function OutcomeRow({ testId, id, label, stats }: OutcomeRowProps) {
  const attributes = testId === 'backtest-tier' ? { 'data-tier-id': id } : { 'data-group': id };
  return (
    <tr data-testid={testId} {...attributes}>
      <td>{label}</td>
      <td class="bt-num">{stats.accounts.toLocaleString('en-US')}</td>
      <td class="bt-num">{stats.won.toLocaleString('en-US')}</td>
      <td class="bt-num">{stats.lost.toLocaleString('en-US')}</td>
      <td class="bt-num">{stats.open.toLocaleString('en-US')}</td>
      <td class="bt-rate">
        <span class="bt-num">{formatShare(stats.winRate)}</span> <ShareBar fraction={stats.winRate} />
      </td>
      <td class="bt-num">{formatShare(stats.churnRate)}</td>
      <td class="bt-num">{formatDollars(stats.averageWonValue)}</td>
    </tr>
  );
}

function WeakCriterion({ criterion }: { criterion: CriterionBacktest }) {
  const winRate = (stats: OutcomeStats) =>
    `${formatShare(stats.winRate)} (${stats.won} of ${stats.won + stats.lost} decided)`;
  return (
    <li data-testid="backtest-weak-criterion" data-criterion-id={criterion.id}>
      <strong>{criterion.label}</strong>: matched accounts win {winRate(criterion.matched)}, missed ones{' '}
      {winRate(criterion.missed)}
      {criterion.winRateRatio !== undefined && `, ${formatTimes(criterion.winRateRatio)}`}
      {criterion.unknown > 0 && `; unknown for ${criterion.unknown}`}.{' '}
      <span class="muted">{criterion.problem}</span>
    </li>
  );
}
