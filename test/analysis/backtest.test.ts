import { describe, expect, it } from 'vitest';
import { backtestIcp } from '@/lib/analysis/backtest';
import { ACCOUNTS, COUNTRY, CRM, icpWith, INDUSTRY, NOW } from './backtest-fixture';

describe('backtestIcp', () => {
  const report = backtestIcp(ACCOUNTS, icpWith([INDUSTRY, COUNTRY, CRM]), NOW);

  it('counts outcomes and rates per tier, Disqualified last', () => {
    expect(report.tiers.map((t) => [t.label, t.accounts, t.won, t.lost, t.open])).toEqual([
      ['Strong fit', 5, 3, 1, 1],
      ['Possible fit', 4, 2, 1, 1],
      ['Poor fit', 7, 2, 5, 0],
      ['Disqualified', 2, 1, 1, 0],
    ]);
    const [strong, possible, poor, disqualified] = report.tiers;
    expect([strong?.winRate, possible?.winRate, poor?.winRate, disqualified?.winRate]).toEqual([
      3 / 4,
      2 / 3,
      2 / 7,
      1 / 2,
    ]);
    expect([strong?.churnRate, possible?.churnRate, poor?.churnRate]).toEqual([1 / 3, 0, 1 / 2]);
    expect([strong?.averageWonValue, possible?.averageWonValue, poor?.averageWonValue]).toEqual([
      120, 60, 25,
    ]);
  });

  it('compares the top tier with every other account, and says when the ICP does not separate', () => {
    expect(report.icpTier).toEqual({ id: 'strong', label: 'Strong fit' });
    expect(report.icp.winRate).toBe(3 / 4);
    expect(report.nonIcp.winRate).toBe(5 / 12);
    expect(report.nonIcp.churnRate).toBe(1 / 5);
    expect(report.nonIcp.averageWonValue).toBe((50 + 70 + 30 + 20 + 10) / 5);
    expect(report.winRateRatio).toBe(3 / 4 / (5 / 12));
    expect(report.separates).toBe(false);
    expect(report.verdict).toBe(
      'ICP accounts win 1.8× as often as the others (75% vs 42%), less than 2×: the ICP does not separate winners from losers.',
    );
  });

  it('says when the ICP separates winners', () => {
    const industryOnly = backtestIcp(ACCOUNTS, icpWith([INDUSTRY]), NOW);
    expect(industryOnly.icp.winRate).toBe(5 / 7);
    expect(industryOnly.nonIcp.winRate).toBe(3 / 9);
    expect(industryOnly.separates).toBe(true);
    expect(industryOnly.verdict).toMatch(/^ICP accounts win 2\.1× as often .*: the ICP separates winners\.$/);
  });

  it('gives each criterion its win rate when matched and when missed, leaving unknown out', () => {
    const [industry, country, crm] = report.criteria;
    expect(industry).toMatchObject({ unknown: 0, winRateRatio: 5 / 7 / (3 / 9), separates: true });
    expect([industry?.matched.winRate, industry?.missed.winRate]).toEqual([5 / 7, 3 / 9]);
    expect(industry?.problem).toBeUndefined();
    expect([country?.matched.winRate, country?.missed.winRate]).toEqual([5 / 10, 3 / 6]);
    expect([crm?.matched.accounts, crm?.missed.accounts, crm?.unknown]).toEqual([1, 1, 16]);
  });

  it('flags criteria that do not separate winners from losers, or are unknown for most accounts', () => {
    const [, country, crm] = report.criteria;
    expect(country).toMatchObject({ winRateRatio: 1, separates: false });
    expect(country?.problem).toMatch(/does not separate winners from losers: .* less than 1\.2×/);
    expect(crm?.separates).toBe(false);
    expect(crm?.problem).toBe('does not separate winners from losers: unknown for 16 of 18 accounts');
  });
});
