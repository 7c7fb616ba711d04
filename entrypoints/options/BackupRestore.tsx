import { useState } from 'preact/hooks';
import { MAX_BACKUP_BYTES } from '@/lib/backup/backup-limits';
import { describeRestoreProgress } from '@/lib/backup/describe-restore';
import { sendMessage } from '@/lib/messaging';
import { saveAsFile } from '@/lib/download-file';
import { receiveText, uploadText } from '@/lib/transfer-client';
import { BackupOutcome, type BackupOutcomeState } from './BackupOutcome';

export const CONFIRM_RESTORE =
  "Restore replaces every ICP, account, list and shortlist entry in this browser with the backup's. Continue?";
const PROGRESS_POLL_MS = 250;

interface Props {
  /** After a restore, so the other sections reload what changed under them. */
  onRestored?: () => void;
  /** Asks before a restore replaces everything; injected so tests need not stub window.confirm. */
  confirm?: (question: string) => boolean;
}

/** Downloads the whole database as one file, and restores one; the work is done by the background. */
export function BackupRestore({ onRestored, confirm = (question) => window.confirm(question) }: Props) {
  const [working, setWorking] = useState<string>();
  const [outcome, setOutcome] = useState<BackupOutcomeState>({ kind: 'none' });
  const run = async (firstText: string, work: () => Promise<BackupOutcomeState>) => {
    setOutcome({ kind: 'none' });
    setWorking(firstText);
    setOutcome(await work().finally(() => setWorking(undefined)));
  };

  const download = () => run('Preparing…', () => downloadBackup().catch(failure('No backup was made.')));
  const restore = (file: File) => {
    if (file.size > MAX_BACKUP_BYTES) return setOutcome(tooLarge(file));
    if (!confirm(CONFIRM_RESTORE)) return;
    void run('Reading the backup…', async () => {
      const stopWatching = watchRestoreProgress(setWorking);
      const outcome = await restoreFile(file, onRestored).catch(failure('Nothing was restored.'));
      stopWatching();
      return outcome;
    });
  };

  return (
    <section class="backup">
      <h2>Backup and restore</h2>
      <p class="muted">
        A backup holds your ICPs and their past versions, accounts, people, suppression lists, shortlist and
        settings. Restoring one replaces all of these in this browser; nothing is merged. Fits are re-computed
        afterwards; the diagnostics list and the team ICP sync state stay with this browser.
      </p>
      <button
        type="button"
        data-testid="backup-download"
        disabled={!!working}
        onClick={() => void download()}
      >
        Download backup
      </button>{' '}
      <label>
        Restore from a backup:{' '}
        <input
          type="file"
          accept=".json,application/json"
          data-testid="backup-restore"
          disabled={!!working}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) restore(file);
          }}
        />
      </label>
      {working && (
        <p class="muted" data-testid="backup-progress" aria-live="polite">
          {working}
        </p>
      )}
      <BackupOutcome outcome={outcome} />
    </section>
  );
}

async function downloadBackup(): Promise<BackupOutcomeState> {
  const backup = await sendMessage('createBackup', {});
  if (!backup) throw new Error('the background did not answer');
  saveAsFile(await receiveText(backup.transferId), backup.fileName, 'application/json');
  return { kind: 'saved', fileName: backup.fileName };
}

async function restoreFile(file: File, onRestored?: () => void): Promise<BackupOutcomeState> {
  const transferId = await uploadText(await file.text());
  const result = await sendMessage('restoreBackup', { transferId });
  if (!result) throw new Error('the background did not answer');
  if (!result.ok) return { kind: 'failed', headline: 'Nothing was restored.', errors: result.errors };
  onRestored?.();
  return { kind: 'restored', counts: result.counts };
}

/** Asks the background how far the restore has come until stopped; one question at a time. */
function watchRestoreProgress(show: (text: string) => void): () => void {
  let stopped = false;
  void (async () => {
    while (!stopped) {
      await new Promise((resolve) => setTimeout(resolve, PROGRESS_POLL_MS));
      if (stopped) return;
      const progress = await sendMessage('getRestoreProgress', {}).catch(() => undefined);
      if (!stopped && progress && progress.phase !== 'idle') show(describeRestoreProgress(progress));
    }
  })();
  return () => {
    stopped = true;
  };
}

function tooLarge(file: File): BackupOutcomeState {
  const megabytes = Math.ceil(file.size / 1_000_000).toLocaleString('en-US');
  const message = `the file is ${megabytes} MB; a backup is at most ${MAX_BACKUP_BYTES / 1_000_000} MB`;
  return { kind: 'failed', headline: 'Nothing was restored.', errors: [{ path: '(file)', message }] };
}

function failure(headline: string) {
  return (error: unknown): BackupOutcomeState => {
    const message = error instanceof Error ? error.message : String(error);
    return { kind: 'failed', headline, errors: [{ path: '(background)', message }] };
  };
}
