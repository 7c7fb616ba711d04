import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { queryDashboard } from '@/lib/dashboard/dashboard-cache';
import type { DashboardQuery } from '@/lib/dashboard/dashboard-query';
import { FitcheckDb, type StoredFit } from '@/lib/db';

const query: DashboardQuery = {
  scope: 'shortlist',
  sort: { column: 'name', descending: false },
  offset: 0,
  limit: 10,
};

function fit(accountId: string, name: string): StoredFit {
  return {
    accountId,
    icpId: 'icp',
    icpName: 'ICP',
    icpVersion: 1,
    tierId: 'green',
    tierLabel: 'Strong fit',
    tierColor: '#16a34a',
    score: 80,
    disqualified: false,
    scoredAt: '2026-11-23T00:00:00Z',
    name,
    technology: [],
    lastSeenAt: '2026-11-23T00:00:00Z',
  };
}

let db: FitcheckDb;
beforeEach(() => {
  db = new FitcheckDb(`test-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

describe('queryDashboard', () => {
  it('answers later windows from its cache, and reads again after a shortlist or fit changes', async () => {
    await db.fits.bulkPut([fit('a', 'Acme'), fit('b', 'Bolt')]);
    const entry = { status: 'new' as const, note: '', addedAt: 'x', updatedAt: 'x' };
    await db.shortlist.put({ accountId: 'a', ...entry });
    expect((await queryDashboard(db, query)).rows.map((row) => row.name)).toEqual(['Acme']);
    await db.shortlist.put({ accountId: 'b', ...entry });
    expect((await queryDashboard(db, query)).rows.map((row) => row.name)).toEqual(['Acme', 'Bolt']);
    await db.fits.put(fit('b', 'Aardvark'));
    expect((await queryDashboard(db, query)).rows.map((row) => row.name)).toEqual(['Aardvark', 'Acme']);
  });
});
