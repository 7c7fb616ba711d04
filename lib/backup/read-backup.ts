import type { z } from 'zod';
import { describeJsonError, formatIssuePath } from '@/lib/icp/parse-icp-file';
import { plainIssueMessage } from '@/lib/icp/issue-messages';
import { BACKUP_TABLES, type BackupIssue } from './backup-limits';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupFile, backupFileSchema } from './backup-schema';

const WHOLE_FILE = '(file)';
const MAX_LISTED_ISSUES = 20;

export type BackupParseResult<T> = { ok: true; value: T } | { ok: false; errors: BackupIssue[] };

/** Parses a backup file's text as JSON; a mistake is reported with its line and column. */
export function parseBackupJson(text: string): BackupParseResult<unknown> {
  const json = text.replace(/^\uFEFF/, '');
  if (json.trim() === '') return refuse(WHOLE_FILE, 'the file is empty');
  try {
    return { ok: true, value: JSON.parse(json) };
  } catch (error) {
    return refuse(WHOLE_FILE, describeJsonError(error, json));
  }
}

/**
 * Refuses anything that is not a backup this Fitcheck can read, before the rows are checked:
 * checking a million rows of another format's file would only bury the one message that matters.
 */
export function checkBackupHeader(value: unknown): BackupIssue | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      path: WHOLE_FILE,
      message: `a Fitcheck backup holds one object with "format": "${BACKUP_FORMAT}"`,
    };
  }
  const { format, formatVersion } = value as Record<string, unknown>;
  if (format === 'fitcheck-icp') {
    return { path: 'format', message: 'this is an ICP file, not a backup: import it in the ICP section' };
  }
  if (format !== BACKUP_FORMAT) {
    return { path: 'format', message: `not a Fitcheck backup: "format" must be "${BACKUP_FORMAT}"` };
  }
  if (typeof formatVersion === 'number' && formatVersion > BACKUP_FORMAT_VERSION) {
    return {
      path: 'formatVersion',
      message: `written by a newer Fitcheck (backup format ${formatVersion}; this version reads format ${BACKUP_FORMAT_VERSION}): update Fitcheck, then restore`,
    };
  }
  return undefined;
}

/** How many rows the file's tables hold, for the progress shown while they are checked. */
export function countBackupRows(value: unknown): number {
  const tables = (value as { tables?: unknown }).tables;
  if (typeof tables !== 'object' || tables === null) return 0;
  return BACKUP_TABLES.reduce((sum, name) => {
    const rows = (tables as Record<string, unknown>)[name];
    return sum + (Array.isArray(rows) ? rows.length : 0);
  }, 0);
}

/** Checks every row of a parsed file; at most 20 problems are listed, each with its path. */
export function checkBackupFile(value: unknown): BackupParseResult<BackupFile> {
  const headerIssue = checkBackupHeader(value);
  if (headerIssue) return { ok: false, errors: [headerIssue] };
  const parsed = backupFileSchema.safeParse(value, { error: plainIssueMessage });
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, errors: listIssues(parsed.error.issues) };
}

function listIssues(issues: readonly z.core.$ZodIssue[]): BackupIssue[] {
  const listed = issues.map((issue) => ({ path: formatIssuePath(issue.path), message: issue.message }));
  if (listed.length <= MAX_LISTED_ISSUES) return listed;
  const hidden = listed.length - (MAX_LISTED_ISSUES - 1);
  return [
    ...listed.slice(0, MAX_LISTED_ISSUES - 1),
    { path: WHOLE_FILE, message: `and ${hidden.toLocaleString('en-US')} more problems not listed here` },
  ];
}

function refuse<T>(path: string, message: string): BackupParseResult<T> {
  return { ok: false, errors: [{ path, message }] };
}
