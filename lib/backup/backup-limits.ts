/**
 * Limits of a backup file, apart from its schema so the options page can refuse an oversized
 * file before reading it without loading zod and the database into the page.
 */
export const MAX_BACKUP_BYTES = 500_000_000;
export const MAX_ROWS_PER_TABLE = 1_000_000;

/** The tables a backup holds. `fits` are derived (re-computed after a restore) and `readProblems` are diagnostics. */
export const BACKUP_TABLES = [
  'icps',
  'icpHistory',
  'accounts',
  'people',
  'suppressionLists',
  'shortlist',
  'settings',
] as const;
export type BackupTableName = (typeof BACKUP_TABLES)[number];
export type BackupCounts = Record<BackupTableName, number>;

/** One problem in a backup file: where (`tables.accounts[120].signals[2].value`, or `(file)`) and what. */
export interface BackupIssue {
  path: string;
  message: string;
}

export type RestoreResult = { ok: true; counts: BackupCounts } | { ok: false; errors: BackupIssue[] };

/** How far a restore has come; the options page polls it while the background works. */
export type RestoreProgress =
  | { phase: 'idle' }
  | { phase: 'reading' }
  | { phase: 'checking'; rows: number }
  | { phase: 'restoring'; rows: number };
