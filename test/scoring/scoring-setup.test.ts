import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FitcheckDb } from '@/lib/db';
import { SAMPLE_ICP } from '@/lib/icp/sample-icp';
import { loadScoringSetup } from '@/lib/scoring/scoring-setup';

let db: FitcheckDb;
beforeEach(() => {
  db = new FitcheckDb(`test-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

const customers = {
  id: 'customers',
  label: 'Customers',
  domains: ['acme.com'],
  linkedinSlugs: [],
  fileName: 'customers.csv',
  importedAt: '2026-11-23T10:00:00.000Z',
  rows: 1,
  skipped: 0,
};

describe('loadScoringSetup', () => {
  it('reads the setup once, and again only after an ICP, a setting or a list changes', async () => {
    // The first read on a fresh install stores the sample ICP, a change of its own.
    await loadScoringSetup(db);
    const first = await loadScoringSetup(db);
    expect(first.icp.id).toBe(SAMPLE_ICP.id);
    expect(await loadScoringSetup(db)).toBe(first);
    await db.accounts.put({
      id: 'domain:x.com',
      signals: [],
      sources: [],
      firstSeenAt: 'x',
      lastSeenAt: 'x',
    });
    expect(await loadScoringSetup(db)).toBe(first);
    await db.suppressionLists.put(customers);
    const withList = await loadScoringSetup(db);
    expect(withList).not.toBe(first);
    expect(withList.lists.get('customers')?.domains.has('acme.com')).toBe(true);
    expect(withList.stamp).toBe(`${SAMPLE_ICP.id}@${SAMPLE_ICP.version}|customers@2026-11-23T10:00:00.000Z`);
  });
});
