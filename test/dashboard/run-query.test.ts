import { describe, expect, it } from 'vitest';
import type { DashboardQuery } from '@/lib/dashboard/dashboard-query';
import { runDashboardQuery } from '@/lib/dashboard/run-query';
import type { ShortlistEntry, StoredFit } from '@/lib/db';
import { visibleWindow } from '@/components/dashboard/visible-window';

function fit(accountId: string, overrides: Partial<StoredFit>): StoredFit {
  return {
    accountId,
    icpId: 'mid-market',
    icpName: 'Mid-market',
    icpVersion: 2,
    tierId: 'red',
    tierLabel: 'Poor fit',
    tierColor: '#dc2626',
    score: 40,
    disqualified: false,
    scoredAt: '2026-11-23T00:00:00Z',
    name: accountId,
    technology: [],
    lastSeenAt: '2026-11-20T00:00:00Z',
    ...overrides,
  };
}

const FITS = [
  fit('acme', {
    name: 'Acme',
    score: 80,
    tierId: 'green',
    industry: 'Software Development',
    employeeRange: '1001-5000',
    hqCountry: 'US',
    technology: ['HubSpot'],
  }),
  fit('zenith', {
    name: 'Zenith',
    score: 65,
    tierId: 'yellow',
    industry: 'Financial Services',
    employeeRange: '51-200',
    hqCountry: 'GB',
    technology: ['Salesforce'],
  }),
  fit('quotaly', {
    name: 'Quotaly',
    score: 90,
    tierId: 'disqualified',
    disqualified: true,
    industry: 'Software Development',
  }),
  fit('globex', { name: 'Globex', score: 20 }),
];
const entry = (accountId: string, status: ShortlistEntry['status'], note = ''): ShortlistEntry => ({
  accountId,
  status,
  note,
  addedAt: '2026-11-21T00:00:00Z',
  updatedAt: '2026-11-21T00:00:00Z',
});
const SHORTLIST = new Map([
  ['acme', entry('acme', 'contacted', 'Champion: Dana, VP Sales')],
  ['zenith', entry('zenith', 'new')],
  ['quotaly', entry('quotaly', 'not_a_fit')],
]);

const base: DashboardQuery = {
  scope: 'all',
  sort: { column: 'score', descending: true },
  offset: 0,
  limit: 50,
};
const names = (query: Partial<DashboardQuery>) =>
  runDashboardQuery(FITS, SHORTLIST, { ...base, ...query }).rows.map((row) => row.name);

describe('runDashboardQuery', () => {
  it('lists the shortlist or every account, best fit first, a disqualified one last', () => {
    expect(names({})).toEqual(['Acme', 'Zenith', 'Globex', 'Quotaly']);
    expect(names({ scope: 'shortlist' })).toEqual(['Acme', 'Zenith', 'Quotaly']);
  });

  it('filters by tier, status, industry, size, country and technology, and searches notes', () => {
    expect(names({ tiers: ['green', 'yellow'] })).toEqual(['Acme', 'Zenith']);
    expect(names({ statuses: ['new'] })).toEqual(['Zenith']);
    expect(names({ industries: ['Software Development'] })).toEqual(['Acme', 'Quotaly']);
    expect(names({ sizes: ['51-200'] })).toEqual(['Zenith']);
    expect(names({ countries: ['US'] })).toEqual(['Acme']);
    expect(names({ technologies: ['Salesforce'] })).toEqual(['Zenith']);
    expect(names({ text: 'dana' })).toEqual(['Acme']);
  });

  it('sorts by size as numbers and puts unknown values last both ways', () => {
    expect(names({ sort: { column: 'employeeRange', descending: false } })).toEqual([
      'Zenith',
      'Acme',
      'Globex',
      'Quotaly',
    ]);
    expect(names({ sort: { column: 'employeeRange', descending: true } })).toEqual([
      'Acme',
      'Zenith',
      'Globex',
      'Quotaly',
    ]);
  });

  it('returns a window; the first one also carries the ids of every match and the facets', () => {
    const first = runDashboardQuery(FITS, SHORTLIST, { ...base, offset: 0, limit: 2 });
    expect(first.rows.map((row) => row.name)).toEqual(['Acme', 'Zenith']);
    expect(first).toMatchObject({
      total: 4,
      inScope: 4,
      matchingIds: ['acme', 'zenith', 'globex', 'quotaly'],
    });
    expect(first.facets?.sizes).toEqual(['51-200', '1001-5000']);
    expect(first.facets?.technologies).toEqual(['HubSpot', 'Salesforce']);
    const second = runDashboardQuery(FITS, SHORTLIST, { ...base, offset: 2, limit: 2 });
    expect(second).toEqual({
      total: 4,
      inScope: 4,
      rows: [expect.objectContaining({ name: 'Globex' }), expect.objectContaining({ name: 'Quotaly' })],
    });
  });
});

describe('visibleWindow', () => {
  it('renders the rows in view and a margin, never past either end', () => {
    expect(visibleWindow(50_000, 34, 560, 0)).toEqual({ start: 0, end: 27 });
    expect(visibleWindow(50_000, 34, 560, 34 * 1000)).toEqual({ start: 990, end: 1027 });
    expect(visibleWindow(20, 34, 560, 10_000)).toEqual({ start: 10, end: 20 });
  });
});
