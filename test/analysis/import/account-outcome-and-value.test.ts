import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '@/lib/analysis/import/column-roles';
import { readAnalysisAccounts } from '@/lib/analysis/import/read-accounts';
import { type CsvTable, readCsvTable } from '@/lib/suppression/csv-table';

function table(text: string): CsvTable {
  const result = readCsvTable(text);
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe('readAnalysisAccounts: outcome and value', () => {
  it('reads the value of the chosen metric only: LTV, ACV from MRR times 12, or a deal amount', () => {
    const csv = 'Name,Status,LTV,MRR,Amount\nA,active,"$10,000",500,700\nB,active,n/a,1.5K,oops';
    const values = (mapping: ColumnMapping, metric: 'ltv' | 'acv' | 'revenue') =>
      readAnalysisAccounts(table(csv), mapping, metric).accounts.map((account) => account.value);
    const mapping: ColumnMapping = { name: 0, outcome: 1, ltv: 2, mrr: 3, amount: 4 };
    expect(values(mapping, 'ltv')).toEqual([10_000, undefined]);
    expect(values(mapping, 'acv')).toEqual([6000, 18_000]);
    expect(values(mapping, 'revenue')).toEqual([700, undefined]);
    // A value column of another metric is not read, so its bad cells are no problem of this import.
    expect(readAnalysisAccounts(table(csv), mapping, 'ltv').problems).toEqual([]);
    expect(readAnalysisAccounts(table(csv), mapping, 'revenue').problems).toMatchObject([
      { column: 'Amount', unreadable: 1 },
    ]);
  });

  it('combines a lifecycle stage with a Churned yes/no column', () => {
    const csv = [
      'Name,Lifecycle Stage,Churned',
      'A,customer,yes',
      'B,customer,no',
      'C,,yes',
      'D,,no',
      'E,lead,yes',
      'F,Closed Lost,yes',
      'G,,',
      'H,other,maybe',
    ].join('\n');
    const read = readAnalysisAccounts(table(csv), { name: 0, outcome: 1, churned: 2 }, 'ltv');
    expect(read.accounts.map(({ name, outcome }) => `${name}:${outcome}`)).toEqual([
      ...['A:churned', 'B:customer', 'C:churned', 'D:customer', 'E:open', 'F:lost'],
    ]);
    expect(read.skipped).toEqual([
      { line: 8, reason: 'no outcome: Lifecycle Stage and Churned are empty' },
      {
        line: 9,
        reason:
          '"other" in Lifecycle Stage is not an outcome Fitcheck knows (customer, churned, lost or open)',
      },
    ]);
    const flagOnly = readAnalysisAccounts(table(csv), { name: 0, churned: 2 }, 'ltv');
    expect(flagOnly.accounts.map(({ outcome }) => outcome)).toEqual([
      ...['churned', 'customer', 'churned', 'customer', 'churned', 'churned'],
    ]);
  });
});
