import type { Table } from 'dexie';
import type { FitcheckDb } from '@/lib/db';
import {
  BACKUP_TABLES,
  type BackupCounts,
  MAX_BACKUP_BYTES,
  type RestoreProgress,
  type RestoreResult,
} from './backup-limits';
import type { BackupFile } from './backup-schema';
import { checkBackupFile, checkBackupHeader, countBackupRows, parseBackupJson } from './read-backup';

/**
 * Restores a backup file's text, replacing (not merging) every backed-up table. Everything is
 * checked before anything is written, and the writes are one transaction: a file with any
 * problem, or a failure while writing, leaves the database exactly as it was. Stored fits are
 * cleared so they are re-computed. Never throws.
 */
export async function restoreBackup(
  db: FitcheckDb,
  text: string,
  onProgress: (progress: RestoreProgress) => void = () => undefined,
): Promise<RestoreResult> {
  try {
    if (text.length > MAX_BACKUP_BYTES) return refuse('(file)', 'the file is larger than 500 MB');
    onProgress({ phase: 'reading' });
    const json = parseBackupJson(text);
    if (!json.ok) return json;
    const headerIssue = checkBackupHeader(json.value);
    if (headerIssue) return { ok: false, errors: [headerIssue] };
    const rows = countBackupRows(json.value);
    onProgress({ phase: 'checking', rows });
    // Parsing and checking hold the worker; a turn of the event loop lets the page's progress question through.
    await nextTurn();
    const checked = checkBackupFile(json.value);
    if (!checked.ok) return checked;
    onProgress({ phase: 'restoring', rows });
    await nextTurn();
    return { ok: true, counts: await replaceTables(db, checked.value) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return refuse('(database)', `nothing was restored: ${reason}`);
  }
}

async function replaceTables(db: FitcheckDb, backup: BackupFile): Promise<BackupCounts> {
  const { tables } = backup;
  const scope = [...BACKUP_TABLES.map((name) => db[name]), db.fits];
  await db.transaction('rw', scope, async () => {
    await replaceRows(db.icps, tables.icps);
    await replaceRows(db.icpHistory, tables.icpHistory);
    await replaceRows(db.accounts, tables.accounts);
    await replaceRows(db.people, tables.people);
    await replaceRows(db.suppressionLists, tables.suppressionLists);
    await replaceRows(db.shortlist, tables.shortlist);
    await replaceRows(db.settings, tables.settings);
    await db.fits.clear();
  });
  return countRows(backup);
}

async function replaceRows<Row, Key, Insert>(table: Table<Row, Key, Insert>, rows: readonly Insert[]) {
  await table.clear();
  await table.bulkPut([...rows]);
}

function countRows(backup: BackupFile): BackupCounts {
  const entries = BACKUP_TABLES.map((name) => [name, backup.tables[name].length] as const);
  return Object.fromEntries(entries) as BackupCounts;
}

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function refuse(path: string, message: string): RestoreResult {
  return { ok: false, errors: [{ path, message }] };
}
