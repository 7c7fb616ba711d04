import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackup } from '@/lib/backup/create-backup';
import { restoreBackup } from '@/lib/backup/restore-backup';
import { FitcheckDb } from '@/lib/db';
import { fillDatabase, snapshot } from './backup-rows';

const NOW = new Date('2026-11-23T12:00:00.000Z');

let source: FitcheckDb;
let target: FitcheckDb;
beforeEach(async () => {
  source = new FitcheckDb(`test-${crypto.randomUUID()}`);
  target = new FitcheckDb(`test-${crypto.randomUUID()}`);
  await fillDatabase(source, 5);
  await fillDatabase(target, 30);
});
afterEach(async () => {
  await source.delete();
  await target.delete();
});

describe('restoreBackup never leaves a database half-restored', () => {
  it('changes nothing when one row far into the file fails its check', async () => {
    const backup = await createBackup(source, NOW);
    const before = await snapshot(target);
    const lastPerson = backup.tables.people.at(-1);
    if (lastPerson) lastPerson.firstSeenAt = 3 as never;

    const result = await restoreBackup(target, JSON.stringify(backup));

    expect(result).toMatchObject({ ok: false, errors: [{ path: 'tables.people[1].firstSeenAt' }] });
    expect(await snapshot(target)).toEqual(before);
  });

  it('rolls every table back when writing fails after some tables were already replaced', async () => {
    const text = JSON.stringify(await createBackup(source, NOW));
    const before = await snapshot(target);
    // people is written after icps, icpHistory and accounts were already cleared and refilled.
    vi.spyOn(target.people, 'bulkPut').mockRejectedValue(new Error('QuotaExceededError: the disk is full'));

    const result = await restoreBackup(target, text);

    expect(result).toEqual({
      ok: false,
      errors: [{ path: '(database)', message: 'nothing was restored: QuotaExceededError: the disk is full' }],
    });
    expect(await snapshot(target)).toEqual(before);
    expect(await target.accounts.count()).toBe(30);
  });

  it('reports the progress of each phase, and restores once the write goes through', async () => {
    const phases: string[] = [];
    const text = JSON.stringify(await createBackup(source, NOW));
    const result = await restoreBackup(target, text, (progress) =>
      phases.push('rows' in progress ? `${progress.phase} ${progress.rows}` : progress.phase),
    );
    expect(result.ok).toBe(true);
    expect(phases).toEqual(['reading', 'checking 16', 'restoring 16']);
    expect(await target.accounts.count()).toBe(5);
  });
});
