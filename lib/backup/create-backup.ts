import type { FitcheckDb } from '@/lib/db';
import { BACKUP_TABLES } from './backup-limits';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupFile,
  LOCAL_ONLY_SETTING_KEYS,
} from './backup-schema';

/** Every backed-up table as it is now, read in one transaction so the file is one consistent moment. */
export async function createBackup(db: FitcheckDb, now: Date): Promise<BackupFile> {
  const tables = await db.transaction(
    'r',
    BACKUP_TABLES.map((name) => db.table(name)),
    async () => ({
      icps: await db.icps.toArray(),
      icpHistory: await db.icpHistory.toArray(),
      accounts: await db.accounts.toArray(),
      people: await db.people.toArray(),
      suppressionLists: await db.suppressionLists.toArray(),
      shortlist: await db.shortlist.toArray(),
      settings: (await db.settings.toArray()).filter(({ key }) => !LOCAL_ONLY_SETTING_KEYS.includes(key)),
    }),
  );
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    createdAt: now.toISOString(),
    databaseVersion: db.verno,
    tables,
  };
}

/** `fitcheck-backup-2026-11-23.json`, dated by the SDR's own calendar day rather than UTC's. */
export function backupFileName(now: Date): string {
  const day = [now.getFullYear(), now.getMonth() + 1, now.getDate()]
    .map((part) => String(part).padStart(2, '0'))
    .join('-');
  return `fitcheck-backup-${day}.json`;
}
