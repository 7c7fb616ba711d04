import { describe, expect, it } from 'vitest';
import { backtestIcp } from '@/lib/analysis/backtest';
import { draftIcpFromSignals } from '@/lib/analysis/draft-icp';
import { analyzeLift } from '@/lib/analysis/lift';
import { generateAccounts } from './generate-accounts';

describe('an ICP drafted from the planted signals, backtested on the same export', () => {
  const accounts = generateAccounts(7);
  const report = analyzeLift(accounts);
  const chosen = report.rows
    .filter((row) => row.positive || row.negative)
    .map(
      (row) =>
        ({
          attribute: row.attribute,
          value: row.value,
          kind: row.positive ? 'positive' : 'negative',
        }) as const,
    );
  const icp = draftIcpFromSignals(chosen, report, { name: 'Planted', today: '2026-11-23' });
  const backtest = backtestIcp(accounts, icp, new Date('2026-11-23T12:00:00Z'));

  it('finds the same signals whatever the seed', () => {
    expect(chosen.map((c) => `${c.kind} ${c.attribute} ${c.value}`).sort()).toEqual([
      'negative industry Retail',
      'positive employeeRange 201-500',
      'positive industry Financial Services',
    ]);
  });

  it('disqualifies exactly the Retail accounts, and counts every account once', () => {
    const disqualified = backtest.tiers.find((tier) => tier.id === 'disqualified');
    expect(disqualified?.accounts).toBe(accounts.filter((a) => a.industry === 'Retail').length);
    expect(backtest.tiers.reduce((sum, tier) => sum + tier.accounts, 0)).toBe(accounts.length);
    expect(backtest.icp.accounts + backtest.nonIcp.accounts).toBe(accounts.length);
  });

  it('puts in the top tier only accounts that match both criteria', () => {
    const both = accounts.filter(
      (a) => a.industry === 'Financial Services' && a.employeeRange === '201-500',
    ).length;
    expect(backtest.icp.accounts).toBe(both);
  });
});
