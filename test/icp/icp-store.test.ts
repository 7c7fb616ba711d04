import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FitcheckDb } from '@/lib/db';
import { ACTIVE_ICP_KEY, getActiveIcp } from '@/lib/icp/icp-store';
import { SAMPLE_ICP } from '@/lib/icp/sample-icp';

let db: FitcheckDb;
beforeEach(() => {
  db = new FitcheckDb(`test-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

describe('getActiveIcp', () => {
  it('stores and activates the sample ICP on a fresh install', async () => {
    expect((await getActiveIcp(db)).id).toBe(SAMPLE_ICP.id);
    expect((await db.settings.get(ACTIVE_ICP_KEY))?.value).toBe(SAMPLE_ICP.id);
  });

  it('never overwrites a stored ICP it cannot read: it scores with the sample and leaves storage alone', async () => {
    const broken = { ...SAMPLE_ICP, id: 'team', criteria: [] };
    await db.icps.put({ id: 'team', icp: broken as never, importedAt: '2026-11-01T00:00:00.000Z' });
    await db.settings.put({ key: ACTIVE_ICP_KEY, value: 'team' });
    expect((await getActiveIcp(db)).id).toBe(SAMPLE_ICP.id);
    expect((await db.settings.get(ACTIVE_ICP_KEY))?.value).toBe('team');
    expect((await db.icps.get('team'))?.icp).toEqual(broken);
  });
});
