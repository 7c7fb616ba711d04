import { z } from 'zod';
import { accountSchema } from '@/lib/accounts/account';
import { SHORTLIST_STATUSES } from '@/lib/db';
import { parseIcpValue } from '@/lib/icp/parse-icp-file';
import { TEAM_SYNC_STATUS_KEY } from '@/lib/icp/team-sync-status';
import { suppressionListSchema } from '@/lib/suppression/list-schema';
import { BACKUP_TABLES, type BackupTableName, MAX_ROWS_PER_TABLE } from './backup-limits';

export const BACKUP_FORMAT = 'fitcheck-backup';
export const BACKUP_FORMAT_VERSION = 1;

/**
 * Settings that describe this browser's own state rather than the SDR's data, so they are not
 * backed up and a backup that holds them is refused:
 * - the team ICP sync status (team-sync-status.ts) holds the HTTP cache validators (ETag,
 *   Last-Modified) of the last download; without it the next sync simply downloads afresh.
 * - `fitsScoredWith` (SCORED_WITH_KEY in lib/background/rescore-job.ts) stamps the stored fits,
 *   which a restore clears; a restored stamp would tell the worker the missing fits are current.
 * The team ICP URL, the active ICP and the custom fingerprints are the SDR's setup and do move.
 */
export const LOCAL_ONLY_SETTING_KEYS: readonly string[] = [TEAM_SYNC_STATUS_KEY, 'fitsScoredWith'];

/**
 * A stored ICP must pass the same checks as an imported ICP file. A transform rather than a
 * superRefine: an ICP in an older file format comes back upgraded, and that is what is stored.
 */
const storedIcpValueSchema = z.unknown().transform((value, context) => {
  const parsed = parseIcpValue(value);
  if (parsed.ok) return parsed.icp;
  const [first] = parsed.errors;
  const more = parsed.errors.length > 1 ? ` (and ${parsed.errors.length - 1} more)` : '';
  context.addIssue({ code: 'custom', message: `${first?.path}: ${first?.message}${more}` });
  return z.NEVER;
});

const icpRowSchema = z.object({
  id: z.string().min(1).max(200),
  icp: storedIcpValueSchema,
  importedAt: z.string(),
});

const icpHistoryRowSchema = z.object({
  // Auto-increment key: kept so the restored history reads in the same order; a row without one gets a new one.
  seq: z.number().int().positive().optional(),
  icpId: z.string().min(1).max(200),
  version: z.number().int().nonnegative(),
  icp: storedIcpValueSchema,
  savedAt: z.string(),
});

const shortlistRowSchema = z.object({
  accountId: z.string().min(1),
  status: z.enum(SHORTLIST_STATUSES),
  note: z.string().max(10_000),
  addedAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

const settingRowSchema = z.object({
  key: z
    .string()
    .min(1)
    .max(200)
    .refine((key) => !LOCAL_ONLY_SETTING_KEYS.includes(key), {
      message: 'this setting belongs to the browser that wrote the backup and is never restored',
    }),
  value: z.unknown(),
});

/** The primary key of each table, to refuse a file that names one row twice (bulkPut would keep only the last). */
const PRIMARY_KEYS: Record<BackupTableName, string> = {
  icps: 'id',
  icpHistory: 'seq',
  accounts: 'id',
  people: 'id',
  suppressionLists: 'id',
  shortlist: 'accountId',
  settings: 'key',
};

function tableSchema<Row extends z.ZodType>(name: BackupTableName, row: Row) {
  return z
    .array(row)
    .max(MAX_ROWS_PER_TABLE)
    .superRefine((rows, context) => reportRepeatedKeys(name, rows, context));
}

function reportRepeatedKeys(name: BackupTableName, rows: readonly unknown[], context: z.RefinementCtx): void {
  const key = PRIMARY_KEYS[name];
  const firstIndex = new Map<unknown, number>();
  rows.forEach((row, index) => {
    const value = (row as Record<string, unknown>)[key];
    if (value === undefined) return;
    const earlier = firstIndex.get(value);
    if (earlier === undefined) firstIndex.set(value, index);
    else
      context.addIssue({ code: 'custom', path: [index, key], message: `the same ${key} as row ${earlier}` });
  });
}

export const backupFileSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  createdAt: z.iso.datetime(),
  databaseVersion: z.number().int().positive(),
  tables: z.object({
    icps: tableSchema('icps', icpRowSchema),
    icpHistory: tableSchema('icpHistory', icpHistoryRowSchema),
    accounts: tableSchema('accounts', accountSchema),
    people: tableSchema('people', accountSchema),
    suppressionLists: tableSchema('suppressionLists', suppressionListSchema),
    shortlist: tableSchema('shortlist', shortlistRowSchema),
    settings: tableSchema('settings', settingRowSchema),
  } satisfies Record<(typeof BACKUP_TABLES)[number], z.ZodType>),
});

export type BackupFile = z.output<typeof backupFileSchema>;
