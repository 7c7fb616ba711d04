import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackupFile } from '@/lib/backup/backup-schema';
import { createBackup } from '@/lib/backup/create-backup';
import { restoreBackup } from '@/lib/backup/restore-backup';
import { FitcheckDb } from '@/lib/db';
import { fillDatabase } from './backup-rows';

const NOW = new Date('2026-11-23T12:00:00.000Z');

let db: FitcheckDb;
let backup: BackupFile;
beforeEach(async () => {
  db = new FitcheckDb(`test-${crypto.randomUUID()}`);
  await fillDatabase(db, 130);
  backup = structuredClone(await createBackup(db, NOW));
});
afterEach(async () => {
  await db.delete();
});

/** The backup as JSON after `edit` changed it: the rows a hand edit or a corrupted file would hold. */
function edited(edit: (file: Record<string, unknown> & BackupFile) => void): string {
  const file = structuredClone(backup) as Record<string, unknown> & BackupFile;
  edit(file);
  return JSON.stringify(file, null, 2);
}

async function errorsOf(text: string) {
  const result = await restoreBackup(db, text);
  if (result.ok) throw new Error('the backup was restored');
  return result.errors;
}

describe('restoreBackup refuses', () => {
  it('text that is not JSON, saying at which line and column', async () => {
    const text = '{\n  "format": "fitcheck-backup",\n  "formatVersion": 1,,\n}';
    const [error] = await errorsOf(text);
    expect(error?.path).toBe('(file)');
    expect(error?.message).toMatch(/^not valid JSON: .* at line 3, column 22$/);
  });

  it('an empty file', async () => {
    expect(await errorsOf('  \n')).toEqual([{ path: '(file)', message: 'the file is empty' }]);
  });

  it('another format, naming an ICP file as one', async () => {
    expect(await errorsOf(JSON.stringify({ format: 'fitcheck-icp', formatVersion: 2 }))).toEqual([
      { path: 'format', message: 'this is an ICP file, not a backup: import it in the ICP section' },
    ]);
    expect(await errorsOf('[1, 2]')).toEqual([
      { path: '(file)', message: 'a Fitcheck backup holds one object with "format": "fitcheck-backup"' },
    ]);
  });

  it('a backup written by a newer Fitcheck', async () => {
    const [error, ...rest] = await errorsOf(edited((file) => (file.formatVersion = 2 as 1)));
    expect(rest).toEqual([]);
    expect(error?.path).toBe('formatVersion');
    expect(error?.message).toMatch(/^written by a newer Fitcheck \(backup format 2/);
  });

  it('an account with a bad signal deep inside, at its exact path', async () => {
    const text = edited((file) => {
      const signals = file.tables.accounts[120]?.signals as { value: unknown }[];
      (signals[2] as { value: unknown }).value = 42;
    });
    expect(await errorsOf(text)).toEqual([
      { path: 'tables.accounts[120].signals[2].value', message: 'must be text in double quotes (got 42)' },
    ]);
  });

  it('an invalid ICP, with the first problem the ICP checks found', async () => {
    const text = edited((file) => {
      const icp = file.tables.icps[1]?.icp as unknown as { criteria: { weight: unknown }[] };
      (icp.criteria[0] as { weight: unknown }).weight = 'heavy';
    });
    const errors = await errorsOf(text);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.path).toBe('tables.icps[1].icp');
    expect(errors[0]?.message).toMatch(/^criteria\[0\]\.weight: /);
  });

  it('a shortlist row with an unknown status', async () => {
    const text = edited((file) => ((file.tables.shortlist[1] as { status: string }).status = 'won'));
    const [error, ...rest] = await errorsOf(text);
    expect(rest).toEqual([]);
    expect(error?.path).toBe('tables.shortlist[1].status');
    expect(error?.message).toMatch(/^must be one of: new, researching, contacted, not_a_fit/);
  });

  it('a setting that belongs to the browser that wrote the backup', async () => {
    const text = edited((file) => file.tables.settings.push({ key: 'teamIcpSync', value: {} }));
    expect(await errorsOf(text)).toEqual([
      {
        path: 'tables.settings[2].key',
        message: 'this setting belongs to the browser that wrote the backup and is never restored',
      },
    ]);
  });

  it('a row named twice', async () => {
    const text = edited((file) => file.tables.people.push(file.tables.people[0] as never));
    expect(await errorsOf(text)).toEqual([{ path: 'tables.people[2].id', message: 'the same id as row 0' }]);
  });

  it('listing at most 20 problems, the last saying how many more there are', async () => {
    const text = edited((file) =>
      file.tables.accounts.forEach((account) => (account.lastSeenAt = 7 as never)),
    );
    const errors = await errorsOf(text);
    expect(errors).toHaveLength(20);
    expect(errors[0]?.path).toBe('tables.accounts[0].lastSeenAt');
    expect(errors[19]).toEqual({ path: '(file)', message: 'and 111 more problems not listed here' });
  });
});
