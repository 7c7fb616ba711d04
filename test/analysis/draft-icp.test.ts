import { describe, expect, it } from 'vitest';
import { draftIcpFromSignals, type SelectedSignal } from '@/lib/analysis/draft-icp';
import { analyzeLift } from '@/lib/analysis/lift';
import { parseIcpValue } from '@/lib/icp/parse-icp-file';
import { CURRENT_ICP_FORMAT_VERSION, type Icp } from '@/lib/icp/schema';
import { account } from './account';
import { generateAccounts } from './generate-accounts';

const report = analyzeLift(generateAccounts(1));
const PLANTED: SelectedSignal[] = [
  { attribute: 'industry', value: 'Financial Services', kind: 'positive' },
  { attribute: 'employeeRange', value: '201-500', kind: 'positive' },
  { attribute: 'industry', value: 'Retail', kind: 'negative' },
];
const OPTIONS = { name: 'Fintech mid-market', today: '2026-11-23' };

function parsed(icp: Icp): Icp {
  const result = parseIcpValue(JSON.parse(JSON.stringify(icp)));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.icp;
}

describe('draftIcpFromSignals', () => {
  const icp = draftIcpFromSignals(PLANTED, report, OPTIONS);

  it('drafts an ICP that the import accepts as it is', () => {
    expect(parsed(icp)).toEqual(icp);
    expect(icp).toMatchObject({
      format: 'fitcheck-icp',
      formatVersion: CURRENT_ICP_FORMAT_VERSION,
      id: 'fintech-mid-market',
      version: 1,
      reviewedAt: '2026-11-23',
    });
    expect(icp.tiers.map((tier) => [tier.label, tier.minScore])).toEqual([
      ['Strong fit', 70],
      ['Possible fit', 40],
      ['Poor fit', 0],
    ]);
  });

  it('turns the chosen positive signals into criteria weighted by their lift, with the numbers as rationale', () => {
    expect(icp.criteria).toMatchObject([
      { id: 'industry', field: 'industry', operator: 'in_list', value: ['Financial Services'], weight: 27 },
      {
        id: 'company-size',
        field: 'employeeRange',
        operator: 'size_in_range',
        value: { min: 201, max: 500 },
      },
    ]);
    expect(icp.criteria.map((criterion) => criterion.layer)).toEqual(['firmographic', 'firmographic']);
    expect(icp.criteria[0]?.rationale).toBe(
      'Top-quartile customers are 2.7× as often in Financial Services as the customer base (40% vs 15%; 20 of 50 vs 39 of 260).',
    );
  });

  it('turns the chosen negative signals into disqualifiers, with the churn numbers as reason', () => {
    expect(icp.disqualifiers).toEqual([
      {
        id: 'churn-industry',
        label: 'Churn-prone industry: Retail',
        field: 'industry',
        operator: 'in_list',
        value: ['Retail'],
        reason:
          'Churned customers are 3.3× as often in Retail as the customer base (40% vs 12%; 24 of 60 vs 32 of 260).',
      },
    ]);
  });

  it('drafts one criterion per attribute, and a rule for every field the analysis can turn into one', () => {
    const draft = draftIcpFromSignals(
      [
        { attribute: 'hqCountry', value: 'US', kind: 'positive' },
        { attribute: 'hqCountry', value: 'gb', kind: 'positive' },
        { attribute: 'technology', value: 'HubSpot', kind: 'positive' },
        { attribute: 'fundingStage', value: 'series_b', kind: 'positive' },
        { attribute: 'employeeRange', value: '11-50', kind: 'negative' },
      ],
      report,
      { ...OPTIONS, id: 'custom-id' },
    );
    expect(parsed(draft).id).toBe('custom-id');
    expect(draft.criteria.map((c) => [c.field, c.operator, c.value, c.layer])).toEqual([
      ['hqCountry', 'in_list', ['US', 'GB'], 'firmographic'],
      ['technology', 'includes_any', ['HubSpot'], 'technographic'],
      ['fundingStage', 'in_list', ['series_b'], 'behavioral'],
    ]);
    expect(draft.criteria.every((c) => c.weight >= 5)).toBe(true);
    expect(draft.disqualifiers[0]).toMatchObject({ value: { min: 11, max: 50, match: 'contain' } });
  });

  it('spans the chosen size bands, without a max when the open top band is chosen', () => {
    const sizes = analyzeLift([
      account(2, { value: 3, employeeRange: '1001-5000' }),
      account(3, { value: 2, employeeRange: '10001+' }),
      account(4, { value: 1, employeeRange: '51-200' }),
    ]);
    const choose = (...bands: string[]) =>
      draftIcpFromSignals(
        bands.map((value) => ({ attribute: 'employeeRange', value, kind: 'positive' })),
        sizes,
        OPTIONS,
      ).criteria[0]?.value;
    expect(choose('10001+', '1001-5000')).toEqual({ min: 1001 });
    expect(choose('51-200', '1001-5000')).toEqual({ min: 51, max: 5000 });
  });

  it('refuses revenue, a value the report does not hold, and a draft without a positive signal', () => {
    const revenue = report.rows.find((row) => row.attribute === 'revenueBand')?.value ?? '';
    expect(() =>
      draftIcpFromSignals([{ attribute: 'revenueBand', value: revenue, kind: 'positive' }], report, OPTIONS),
    ).toThrow(/cannot become a criterion/);
    expect(() =>
      draftIcpFromSignals([{ attribute: 'industry', value: 'Mining', kind: 'positive' }], report, OPTIONS),
    ).toThrow(/not in the lift report/);
    expect(() => draftIcpFromSignals(PLANTED.slice(2), report, OPTIONS)).toThrow(/at least one positive/);
  });
});
