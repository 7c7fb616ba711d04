import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { FitcheckDb } from '@/lib/db';
import { SAMPLE_ICP } from '@/lib/icp/sample-icp';

/** The version-1 declaration as it shipped: a copy, so a later edit of lib/db.ts cannot hide a broken upgrade. */
function openVersion1(name: string): Dexie {
  const db = new Dexie(name);
  db.version(1).stores({
    icps: 'id',
    accounts: 'id, domain, linkedinSlug, linkedinOrgId, lastSeenAt',
    people: 'id, lastSeenAt',
    readProblems: '++seq, seenAt',
    settings: 'key',
  });
  return db;
}

describe('FitcheckDb upgrades', () => {
  it('opens a version-1 database with every row kept and the new tables empty', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const old = openVersion1(name);
    await old.table('icps').put({ id: SAMPLE_ICP.id, icp: SAMPLE_ICP, importedAt: '2026-11-01T00:00:00Z' });
    await old
      .table('accounts')
      .put({ id: 'domain:acme.com', domain: 'acme.com', signals: [], lastSeenAt: 'x' });
    await old.table('settings').put({ key: 'activeIcpId', value: SAMPLE_ICP.id });
    await old.table('readProblems').add({ url: 'https://www.linkedin.com/company/a/', seenAt: 'x' });
    old.close();

    const db = new FitcheckDb(name);
    expect(await db.icps.get(SAMPLE_ICP.id)).toMatchObject({ icp: SAMPLE_ICP });
    expect(await db.accounts.where('domain').equals('acme.com').count()).toBe(1);
    expect(await db.settings.get('activeIcpId')).toEqual({ key: 'activeIcpId', value: SAMPLE_ICP.id });
    expect(await db.readProblems.count()).toBe(1);
    expect(await db.fits.count()).toBe(0);
    expect(await db.suppressionLists.count()).toBe(0);
    expect(await db.icpHistory.count()).toBe(0);
    expect(await db.shortlist.count()).toBe(0);
    expect(db.verno).toBe(3);
    db.close();
  });
});
