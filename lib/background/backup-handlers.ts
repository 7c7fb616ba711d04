import type { RestoreProgress } from '@/lib/backup/backup-limits';
import { backupFileName, createBackup } from '@/lib/backup/create-backup';
import { restoreBackup } from '@/lib/backup/restore-backup';
import type { FitcheckDb } from '@/lib/db';
import type { Handlers } from '@/lib/messaging';

type BackupHandlers = Pick<Handlers, 'createBackup' | 'restoreBackup' | 'getRestoreProgress'>;

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
      return { fileName: backupFileName(at), text: JSON.stringify(await createBackup(db, at)) };
    },
    async restoreBackup({ text }) {
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
