import {
  BACKUP_TABLES,
  type BackupCounts,
  type BackupTableName,
  type RestoreProgress,
} from './backup-limits';

const TABLE_WORDS: Record<BackupTableName, [one: string, many: string]> = {
  icps: ['ICP', 'ICPs'],
  icpHistory: ['past ICP version', 'past ICP versions'],
  accounts: ['account', 'accounts'],
  people: ['person', 'people'],
  suppressionLists: ['suppression list', 'suppression lists'],
  shortlist: ['shortlist entry', 'shortlist entries'],
  settings: ['setting', 'settings'],
};

const formatCount = (count: number) => count.toLocaleString('en-US');

/** "Checking 48,210 rows…": what the options page shows while the background works. */
export function describeRestoreProgress(progress: RestoreProgress): string {
  switch (progress.phase) {
    case 'idle':
    case 'reading':
      return 'Reading the backup…';
    case 'checking':
      return `Checking ${formatCount(progress.rows)} ${progress.rows === 1 ? 'row' : 'rows'}…`;
    case 'restoring':
      return 'Restoring…';
  }
}

/** "Restored 3 ICPs, 1,204 accounts, 0 people, …" */
export function describeRestoredCounts(counts: BackupCounts): string {
  const parts = BACKUP_TABLES.map((name) => {
    const [one, many] = TABLE_WORDS[name];
    return `${formatCount(counts[name])} ${counts[name] === 1 ? one : many}`;
  });
  return `Restored ${parts.join(', ')}.`;
}
