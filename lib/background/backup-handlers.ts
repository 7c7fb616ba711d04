import type { RestoreProgress } from '@/lib/backup/backup-limits';
import { backupFileName, createBackup } from '@/lib/backup/create-backup';
import { restoreBackup } from '@/lib/backup/restore-backup';
import type { FitcheckDb } from '@/lib/db';
import type { Handlers } from '@/lib/messaging';
import { appendUpload, readDownload, stashDownload, takeUpload } from './transfers';

type BackupHandlers = Pick<
  Handlers,
  'createBackup' | 'restoreBackup' | 'getRestoreProgress' | 'writeTransfer' | 'readTransfer'
>;

const IDLE: RestoreProgress = { phase: 'idle' };

/**
 * Backup and restore of the whole database. A restore replaces the ICPs, lists and accounts
 * every fit depends on, so a successful one re-scores everything (onScoringChanged).
 */
export function createBackupHandlers(
  db: FitcheckDb,
  now: () => Date,
  onScoringChanged: () => Promise<void>,
): BackupHandlers {
  let progress = IDLE;
  return {
    async createBackup() {
      const at = now();
      const text = JSON.stringify(await createBackup(db, at));
      return { fileName: backupFileName(at), transferId: stashDownload(text), length: text.length };
    },
    writeTransfer: async ({ transferId, part }) => ({ transferId: appendUpload(transferId, part) }),
    readTransfer: async ({ transferId, offset }) => readDownload(transferId, offset),
    async restoreBackup({ transferId }) {
      const text = takeUpload(transferId);
      if (text === undefined) {
        return {
          ok: false,
          errors: [{ path: '(file)', message: 'the backup did not reach the background; try again' }],
        };
      }
      // A second restore while one runs would only race it to the same tables.
      if (progress.phase !== 'idle') {
        return { ok: false, errors: [{ path: '(file)', message: 'another restore is still running' }] };
      }
      try {
        const result = await restoreBackup(db, text, (next) => (progress = next));
        if (result.ok) await rescoreAfterRestore(onScoringChanged);
        return result;
      } finally {
        progress = IDLE;
      }
    },
    getRestoreProgress: async () => progress,
  };
}

/** The data is already restored: a failed re-score is logged, not reported as a failed restore. */
async function rescoreAfterRestore(onScoringChanged: () => Promise<void>): Promise<void> {
  try {
    await onScoringChanged();
  } catch (error) {
    console.error('Fitcheck: re-scoring after a restore failed', error);
  }
}
