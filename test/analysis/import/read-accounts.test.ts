import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '@/lib/analysis/import/column-roles';
import { readAnalysisAccounts } from '@/lib/analysis/import/read-accounts';
import { type CsvTable, readCsvTable } from '@/lib/suppression/csv-table';

function table(text: string): CsvTable {
  const result = readCsvTable(text);
  if (!result.ok) throw new Error(result.error);
  return result;
}

const REVENUE_CSV = [
  'Company,Stage,Annual Revenue,Employees,Country',
  'Acme,Closed Won,$2.5M,250,USA',
  'Beta,Closed Won,ask finance,lots,Atlantis',
  'Gamma,Closed Lost,N/A,,',
  'Delta,Closed Won,unknown yet,"1,001-5,000",Germany',
  'Eps,Closed Won,see CRM,12.5,France',
  'Zeta,Closed Won,TBD?,3,UK',
  'Eta,,1200000,3,UK',
  'Theta,Partner,1200000,3,UK',
].join('\n');

const REVENUE_MAPPING: ColumnMapping = { name: 0, outcome: 1, revenue: 2, employees: 3, country: 4 };

describe('readAnalysisAccounts', () => {
  it('keeps a row whose cells cannot be read, and counts them per column with the first examples', () => {
    const read = readAnalysisAccounts(table(REVENUE_CSV), REVENUE_MAPPING, 'revenue');
    expect(read.accounts.map((account) => account.name)).toEqual([
      'Acme',
      'Beta',
      'Gamma',
      'Delta',
      'Eps',
      'Zeta',
    ]);
    expect(read.accounts[0]).toEqual({
      ...{
        line: 2,
        name: 'Acme',
        outcome: 'customer',
        technology: [],
        revenueUsd: 2_500_000,
        value: 2_500_000,
      },
      ...{ employees: 250, employeeRange: '201-500', hqCountry: 'US' },
    });
    expect(read.accounts[1]).toEqual({ line: 3, name: 'Beta', outcome: 'customer', technology: [] });
    expect(read.problems).toEqual([
      {
        column: 'Annual Revenue',
        role: 'revenue',
        unreadable: 4,
        examples: [
          { line: 3, text: 'ask finance' },
          { line: 5, text: 'unknown yet' },
          { line: 6, text: 'see CRM' },
        ],
      },
      {
        column: 'Employees',
        role: 'employees',
        unreadable: 2,
        examples: [
          { line: 3, text: 'lots' },
          { line: 6, text: '12.5' },
        ],
      },
      { column: 'Country', role: 'country', unreadable: 1, examples: [{ line: 3, text: 'Atlantis' }] },
    ]);
  });

  it('skips rows without an outcome, saying why and where', () => {
    const read = readAnalysisAccounts(table(REVENUE_CSV), REVENUE_MAPPING, 'revenue');
    expect(read.skipped).toEqual([
      { line: 8, reason: 'no outcome: Stage is empty' },
      {
        line: 9,
        reason: '"Partner" in Stage is not an outcome Fitcheck knows (customer, churned, lost or open)',
      },
    ]);
  });

  it('reads every descriptive column of a row', () => {
    const csv = [
      'Account Name,Website,Industry,Employees,Billing Country,Technologies,Funding stage,Close Date,Type,ARR',
      '"Acme, Inc.",https://www.acme.com/,Computer Software,"1,001-5,000",Deutschland,"Stripe; HubSpot | stripe",Series B,4/5/2023,Customer - Direct,"$120,000.00"',
    ].join('\n');
    const mapping: ColumnMapping = {
      ...{ name: 0, domain: 1, industry: 2, employees: 3, country: 4, technologies: 5, fundingStage: 6 },
      ...{ closeDate: 7, outcome: 8, acv: 9 },
    };
    expect(readAnalysisAccounts(table(csv), mapping, 'acv')).toEqual({
      accounts: [
        {
          ...{
            line: 2,
            name: 'Acme, Inc.',
            domain: 'acme.com',
            outcome: 'customer',
            industry: 'Software Development',
          },
          ...{ employeeRange: '1001-5000', hqCountry: 'DE', technology: ['Stripe', 'HubSpot'] },
          ...{ fundingStage: 'series_b', closeDate: '2023-04-05', value: 120_000 },
        },
      ],
      skipped: [],
      problems: [],
    });
  });

  it('quotes at most the asked number of examples, cut short when long', () => {
    const rows = Array.from({ length: 5 }, (_, index) => `A${index},won,${'x'.repeat(100)}`);
    const read = readAnalysisAccounts(
      table(['Name,Stage,LTV', ...rows].join('\n')),
      { outcome: 1, ltv: 2 },
      'ltv',
      {
        maxExamples: 2,
      },
    );
    expect(read.problems[0]?.unreadable).toBe(5);
    expect(read.problems[0]?.examples.map(({ line }) => line)).toEqual([2, 3]);
    expect(read.problems[0]?.examples[0]?.text).toHaveLength(80);
  });
});
