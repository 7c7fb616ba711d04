import { describe, expect, it } from 'vitest';
import { type ColumnMapping, guessColumnRoles, missingRoles } from '@/lib/analysis/import/column-roles';
import { HEADER_GUESSES } from '@/lib/analysis/import/header-guesses';

/** The mapping as header names, so a failure reads "outcome: 'Type'" rather than "outcome: 7". */
function guessByName(headers: string[], sampleRows: string[][] = []): Record<string, string | undefined> {
  const mapping = guessColumnRoles(headers, sampleRows);
  return Object.fromEntries(Object.entries(mapping).map(([role, column]) => [role, headers[column]]));
}

describe('guessColumnRoles', () => {
  it('reads a HubSpot companies export', () => {
    const headers = [
      ...[
        'Record ID',
        'Company name',
        'Company Domain Name',
        'Website URL',
        'Industry',
        'Number of Employees',
      ],
      ...['Annual Revenue', 'Country/Region', 'Web Technologies', 'Last Funding Type', 'Close Date'],
      ...['Lifecycle Stage', 'Total Revenue', 'Recent Deal Amount', 'Create Date'],
    ];
    expect(
      guessByName(headers, [
        headers.map(() => ''),
        headers.map((h) => (h === 'Lifecycle Stage' ? 'customer' : 'x')),
      ]),
    ).toEqual({
      name: 'Company name',
      domain: 'Company Domain Name',
      industry: 'Industry',
      employees: 'Number of Employees',
      revenue: 'Annual Revenue',
      country: 'Country/Region',
      technologies: 'Web Technologies',
      fundingStage: 'Last Funding Type',
      closeDate: 'Close Date',
      outcome: 'Lifecycle Stage',
      ltv: 'Total Revenue',
      amount: 'Recent Deal Amount',
    });
  });

  it('reads a Salesforce accounts export, with "Type" as the outcome when it holds account types', () => {
    const headers = ['Account ID', 'Account Name', 'Website', 'Industry', 'Employees', 'Annual Revenue'];
    const more = ['Billing Country', 'Shipping Country', 'Type', 'Close Date', 'Amount'];
    const sample = [[...headers.map(() => ''), '', '', 'Customer - Direct', '', '']];
    expect(guessByName([...headers, ...more], sample)).toEqual({
      name: 'Account Name',
      domain: 'Website',
      industry: 'Industry',
      employees: 'Employees',
      revenue: 'Annual Revenue',
      country: 'Billing Country',
      closeDate: 'Close Date',
      outcome: 'Type',
      amount: 'Amount',
    });
  });

  it('prefers an opportunity Stage to a Type column that holds "New Business"', () => {
    const headers = ['Opportunity Name', 'Account Name', 'Type', 'Stage', 'Amount'];
    const sample = [['Deal 1', 'Acme', 'New Business', 'Closed Won', '100']];
    expect(guessByName(headers, sample)).toMatchObject({ name: 'Account Name', outcome: 'Stage' });
    // Without a Stage column, a Type column of opportunity types is still no outcome.
    expect(
      guessByName(
        ['Account Name', 'Type'],
        [
          ['Acme', 'New Business'],
          ['Beta', 'Existing Business'],
        ],
      ),
    ).toEqual({
      name: 'Account Name',
    });
  });

  it('ignores case, punctuation, camelCase and a "(USD)" suffix', () => {
    expect(
      guessByName([
        'COMPANY_NAME',
        'company-domain-name',
        'numberOfEmployees',
        'Annual Revenue (USD)',
        'lifecycle stage',
      ]),
    ).toEqual({
      name: 'COMPANY_NAME',
      domain: 'company-domain-name',
      employees: 'numberOfEmployees',
      revenue: 'Annual Revenue (USD)',
      outcome: 'lifecycle stage',
    });
    expect(guessByName(['Annual Revenue (EUR)'])).toEqual({});
  });

  it('reads generic value and churn columns: LTV, Lifetime value, ACV, ARR, MRR, Status, Churned', () => {
    expect(
      guessByName(
        ['Name', 'Lifetime value', 'ARR', 'MRR', 'Status', 'Churned'],
        [['A', '1', '2', '3', 'Active', 'no']],
      ),
    ).toEqual({
      name: 'Name',
      ltv: 'Lifetime value',
      acv: 'ARR',
      mrr: 'MRR',
      outcome: 'Status',
      churned: 'Churned',
    });
    expect(guessByName(['LTV', 'ACV'])).toEqual({ ltv: 'LTV', acv: 'ACV' });
  });

  it('never gives one column two roles, and lists each header name under one role only', () => {
    const names = Object.values(HEADER_GUESSES).flat();
    expect(new Set(names).size).toBe(names.length);
    const mapping = guessColumnRoles(names, []);
    const columns = Object.values(mapping);
    expect(new Set(columns).size).toBe(columns.length);
  });
});

describe('missingRoles', () => {
  const base: ColumnMapping = { name: 0, outcome: 1 };

  it('requires an outcome (or a churn flag) and the chosen metric', () => {
    expect(missingRoles({}, 'ltv')).toEqual(['outcome', 'ltv']);
    expect(missingRoles({ churned: 2, ltv: 3 }, 'ltv')).toEqual([]);
    expect(missingRoles({ ...base, ltv: 3 }, 'acv')).toEqual(['acv']);
  });

  it('takes MRR for ACV, and the annual revenue or a deal amount for revenue', () => {
    expect(missingRoles({ ...base, mrr: 3 }, 'acv')).toEqual([]);
    expect(missingRoles({ ...base, amount: 3 }, 'revenue')).toEqual([]);
    expect(missingRoles({ ...base, revenue: 3 }, 'revenue')).toEqual([]);
    expect(missingRoles({ ...base, amount: 3 }, 'ltv')).toEqual(['ltv']);
  });
});
