import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupFileName, createBackup } from '@/lib/backup/create-backup';
import { restoreBackup } from '@/lib/backup/restore-backup';
import { FitcheckDb } from '@/lib/db';
import { companyAccount, fillDatabase, snapshot, storeFits } from './backup-rows';

const NOW = new Date('2026-11-23T12:00:00.000Z');

let source: FitcheckDb;
let target: FitcheckDb;
beforeEach(() => {
  source = new FitcheckDb(`test-${crypto.randomUUID()}`);
  target = new FitcheckDb(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await source.delete();
  await target.delete();
});

describe('createBackup', () => {
  it('writes the header and every backed-up table, without fits, diagnostics or this browser’s sync state', async () => {
    await fillDatabase(source);
    const backup = await createBackup(source, NOW);
    expect(backup).toMatchObject({
      format: 'fitcheck-backup',
      formatVersion: 1,
      createdAt: '2026-11-23T12:00:00.000Z',
      databaseVersion: source.verno,
    });
    expect(Object.keys(backup.tables).sort()).toEqual(
      ['accounts', 'icpHistory', 'icps', 'people', 'settings', 'shortlist', 'suppressionLists'].sort(),
    );
    expect(backup.tables.accounts).toHaveLength(25);
    expect(backup.tables.settings.map(({ key }) => key).sort()).toEqual(['activeIcpId', 'teamIcpUrl']);
  });

  it('names the file after the day', () => {
    expect(backupFileName(NOW)).toBe('fitcheck-backup-2026-11-23.json');
  });
});

describe('restoreBackup', () => {
  it('restores every row of a backup into a fresh database, and clears the fits so they are re-computed', async () => {
    await fillDatabase(source);
    await storeFits(target, [companyAccount('old', 'old.com')]);
    expect(await target.fits.count()).toBe(1);
    const text = JSON.stringify(await createBackup(source, NOW));

    const result = await restoreBackup(target, text);

    expect(result).toEqual({
      ok: true,
      counts: {
        icps: 2,
        icpHistory: 2,
        accounts: 25,
        people: 2,
        suppressionLists: 1,
        shortlist: 2,
        settings: 2,
      },
    });
    const before = await snapshot(source);
    const after = await snapshot(target);
    for (const table of ['icps', 'icpHistory', 'accounts', 'people', 'suppressionLists', 'shortlist']) {
      expect(after[table], table).toEqual(before[table]);
    }
    expect(after.settings).toEqual(before.settings?.filter((row) => !isLocalOnly(row)));
    expect(after.fits).toEqual([]);
    expect(after.readProblems).toEqual([]);
  });

  it('replaces what the database held rather than merging into it', async () => {
    await fillDatabase(source, 3);
    await fillDatabase(target, 40);
    await target.accounts.put(companyAccount('only-here', 'only-here.com'));
    const result = await restoreBackup(target, JSON.stringify(await createBackup(source, NOW)));
    expect(result.ok).toBe(true);
    expect(await target.accounts.count()).toBe(3);
    expect(await target.accounts.get('domain:only-here.com')).toBeUndefined();
    // Diagnostics are not part of a backup: this browser's stay.
    expect(await target.readProblems.count()).toBe(1);
    expect(await target.settings.get('teamIcpSync')).toBeUndefined();
  });
});

function isLocalOnly(row: unknown): boolean {
  const { key } = row as { key: string };
  return key === 'teamIcpSync' || key === 'fitsScoredWith';
}
