import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { describeRestoredCounts, describeRestoreProgress } from '@/lib/backup/describe-restore';
import { createBackupHandlers } from '@/lib/background/backup-handlers';
import { FitcheckDb } from '@/lib/db';
import { fillDatabase } from './backup-rows';

const NOW = new Date('2026-11-23T12:00:00.000Z');
const SENDER = {};

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

type Handlers = ReturnType<typeof createBackupHandlers>;

/** A backup as the options page receives it: prepared, then read in parts. */
async function backupOf(db: FitcheckDb): Promise<{ fileName: string; text: string }> {
  const handlers = createBackupHandlers(db, () => NOW, vi.fn());
  const { fileName, transferId } = await handlers.createBackup({}, SENDER);
  const parts: string[] = [];
  for (let offset = 0; ;) {
    const { part, done } = await handlers.readTransfer({ transferId, offset }, SENDER);
    parts.push(part);
    offset += part.length;
    if (done) return { fileName, text: parts.join('') };
  }
}

/** A restore as the options page asks for it: the text sent in parts, then restored by its id. */
async function restoreText(handlers: Handlers, text: string) {
  const { transferId } = await handlers.writeTransfer({ part: text }, SENDER);
  return handlers.restoreBackup({ transferId }, SENDER);
}

describe('backup handlers', () => {
  it('answers a backup as a file name and JSON text that restores elsewhere, then re-scores', async () => {
    await fillDatabase(source, 4);
    const { fileName, text } = await backupOf(source);
    expect(fileName).toBe('fitcheck-backup-2026-11-23.json');
    expect(JSON.parse(text)).toMatchObject({ format: 'fitcheck-backup', formatVersion: 1 });

    const onScoringChanged = vi.fn(async () => undefined);
    const handlers = createBackupHandlers(target, () => NOW, onScoringChanged);
    const result = await restoreText(handlers, text);

    expect(result).toMatchObject({ ok: true, counts: { accounts: 4 } });
    expect(onScoringChanged).toHaveBeenCalledTimes(1);
    expect(await handlers.getRestoreProgress({}, SENDER)).toEqual({ phase: 'idle' });
  });

  it('does not re-score after a refused restore', async () => {
    const onScoringChanged = vi.fn(async () => undefined);
    const handlers = createBackupHandlers(target, () => NOW, onScoringChanged);
    const result = await restoreText(handlers, '{"format":"other"}');
    expect(result.ok).toBe(false);
    expect(onScoringChanged).not.toHaveBeenCalled();
  });

  it('refuses a second restore while one runs, and shows the first one’s progress', async () => {
    await fillDatabase(source, 4);
    const { text } = await backupOf(source);
    const handlers = createBackupHandlers(
      target,
      () => NOW,
      async () => undefined,
    );

    const first = restoreText(handlers, text);
    const second = await restoreText(handlers, text);
    const progress = await handlers.getRestoreProgress({}, SENDER);

    expect(second).toEqual({
      ok: false,
      errors: [{ path: '(file)', message: 'another restore is still running' }],
    });
    expect(progress).toEqual({ phase: 'checking', rows: 15 });
    expect((await first).ok).toBe(true);
  });

  it('keeps a restore that succeeded even when re-scoring fails', async () => {
    await fillDatabase(source, 2);
    const { text } = await backupOf(source);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const handlers = createBackupHandlers(
      target,
      () => NOW,
      () => Promise.reject(new Error('no ICP')),
    );
    expect((await restoreText(handlers, text)).ok).toBe(true);
    expect(await target.accounts.count()).toBe(2);
  });
});

describe('what the options page shows', () => {
  it('describes progress and counts in words', () => {
    expect(describeRestoreProgress({ phase: 'checking', rows: 48_210 })).toBe('Checking 48,210 rows…');
    expect(describeRestoreProgress({ phase: 'restoring', rows: 48_210 })).toBe('Restoring…');
    const counts = {
      icps: 1,
      icpHistory: 0,
      accounts: 1_204,
      people: 1,
      suppressionLists: 2,
      shortlist: 1,
      settings: 3,
    };
    expect(describeRestoredCounts(counts)).toBe(
      'Restored 1 ICP, 0 past ICP versions, 1,204 accounts, 1 person, 2 suppression lists, 1 shortlist entry, 3 settings.',
    );
  });
});
