import { describe, expect, it } from 'vitest';
import type { AnalysisAccount } from '@/lib/analysis/analysis-account';
import { analyzeLift } from '@/lib/analysis/lift';
import type { LiftReport, LiftRow } from '@/lib/analysis/lift-report';
import { account } from './account';
import { generateAccounts } from './generate-accounts';

const accounts = generateAccounts(1);
const report = analyzeLift(accounts);

const named = (rows: readonly LiftRow[]) => rows.map((row) => `${row.attribute}: ${row.value}`).sort();

function rowOf(lift: LiftReport, attribute: LiftRow['attribute'], value: string): LiftRow {
  const row = lift.rows.find((r) => r.attribute === attribute && r.value === value);
  if (!row) throw new Error(`no row for ${attribute} ${value}`);
  return row;
}

describe('analyzeLift on the planted export', () => {
  it('finds exactly the planted positive and negative signals, and none of the noise', () => {
    expect(named(report.rows.filter((row) => row.positive))).toEqual([
      'employeeRange: 201-500',
      'industry: Financial Services',
    ]);
    expect(named(report.rows.filter((row) => row.negative))).toEqual(['industry: Retail']);
  });

  it('reports the groups and the value threshold of the top quartile', () => {
    const topValues = accounts
      .filter((a) => a.outcome === 'customer' && (a.value ?? 0) >= 100_000)
      .map((a) => a.value ?? 0);
    expect(report.groups).toEqual({ base: 260, churned: 60, rankedCustomers: 200, top: 50 });
    expect(report.topValueThreshold).toBe(Math.min(...topValues));
  });

  it('gives exact shares and lifts for Financial Services', () => {
    const row = rowOf(report, 'industry', 'Financial Services');
    expect(row.top).toEqual({ count: 20, of: 50, share: 20 / 50 });
    expect(row.base).toEqual({ count: 39, of: 260, share: 39 / 260 });
    expect(row.churned).toEqual({ count: 4, of: 60, share: 4 / 60 });
    expect(row.lift).toBe(20 / 50 / (39 / 260));
    expect(row.churnLift).toBe(4 / 60 / (39 / 260));
  });

  it('gives the churn lift of the churn-heavy segment', () => {
    const row = rowOf(report, 'industry', 'Retail');
    expect(row.churned).toEqual({ count: 24, of: 60, share: 24 / 60 });
    expect(row.churnLift).toBe(24 / 60 / (32 / 260));
    expect(row.lift).toBe(0);
  });

  it('leaves accounts without an attribute out of its shares and reports the coverage', () => {
    const hasCountry = (a: AnalysisAccount) =>
      (a.outcome === 'customer' || a.outcome === 'churned') && a.hqCountry !== undefined;
    const covered = accounts.filter(hasCountry).length;
    expect(covered).toBeLessThan(260);
    expect(report.coverage.find((c) => c.attribute === 'hqCountry')?.base).toBe(covered);
    expect(rowOf(report, 'hqCountry', 'US').base.of).toBe(covered);
  });

  it('sorts rows by lift, highest first', () => {
    const lifts = report.rows.map((row) => row.lift ?? -1);
    expect(lifts).toEqual([...lifts].sort((a, b) => b - a));
  });

  it('marks revenue rows as having no signal field', () => {
    const revenue = report.rows.filter((row) => row.attribute === 'revenueBand');
    expect(revenue.length).toBeGreaterThan(0);
    expect(revenue.every((row) => row.field === undefined)).toBe(true);
  });
});

describe('small-sample warnings', () => {
  it('warns for a group count under minCount, and only for that group', () => {
    expect(rowOf(report, 'industry', 'Financial Services').smallSample).toEqual(['churned']);
    expect(rowOf(report, 'industry', 'Retail').smallSample).toEqual(['top']);
    expect(rowOf(report, 'hqCountry', 'US').smallSample).toEqual([]);
  });

  it('follows the minCount option', () => {
    const strict = analyzeLift(accounts, { minCount: 21 });
    expect(rowOf(strict, 'industry', 'Financial Services').smallSample).toEqual(['top', 'churned']);
  });

  it('warns on every row when the group has fewer than 20 accounts', () => {
    const few = Array.from({ length: 12 }, (_, i) =>
      account(i + 2, { value: 1000 * (i + 1), industry: 'Financial Services' }),
    );
    const small = analyzeLift(few, { minCount: 1 });
    expect(small.groups.top).toBe(3);
    expect(rowOf(small, 'industry', 'Financial Services').smallSample).toEqual(['top', 'churned']);
  });
});

describe('the top-quartile cut', () => {
  it('breaks ties in value by line, the earlier line first', () => {
    const tied = [9, 3, 7, 5, 2, 8, 4, 6].map((line) =>
      account(line, { value: 500, industry: line < 4 ? 'Retail' : 'Banking' }),
    );
    const cut = analyzeLift(tied);
    expect(cut.groups.top).toBe(2);
    expect(cut.topValueThreshold).toBe(500);
    expect(rowOf(cut, 'industry', 'Retail').top.count).toBe(2);
  });

  it('ranks only current customers with a value, but counts every won account in the base', () => {
    const mixed = [
      account(2, { value: 900, industry: 'Banking' }),
      account(3, { industry: 'Banking' }),
      account(4, { outcome: 'churned', value: 5000, industry: 'Retail' }),
      account(5, { outcome: 'lost', value: 9000, industry: 'Retail' }),
      account(6, { outcome: 'open', value: 9000, industry: 'Retail' }),
    ];
    const lift = analyzeLift(mixed);
    expect(lift.groups).toEqual({ base: 3, churned: 1, rankedCustomers: 1, top: 1 });
    expect(lift.topValueThreshold).toBe(900);
    expect(rowOf(lift, 'industry', 'Retail').base).toEqual({ count: 1, of: 3, share: 1 / 3 });
  });

  it('counts each tool of an account, a tool named twice once, and tools ignoring case', () => {
    const tools = analyzeLift([
      account(2, { value: 10, technology: ['HubSpot', 'Salesforce', 'hubspot'] }),
      account(3, { value: 5, technology: ['Hubspot'] }),
    ]);
    expect(rowOf(tools, 'technology', 'HubSpot').base).toEqual({ count: 2, of: 2, share: 1 });
    expect(rowOf(tools, 'technology', 'Salesforce').base).toEqual({ count: 1, of: 2, share: 0.5 });
  });

  it('refuses a top share outside (0, 1]', () => {
    expect(() => analyzeLift(accounts, { topShare: 0 })).toThrow(RangeError);
  });
});
