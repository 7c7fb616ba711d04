import type { FitcheckDb } from '@/lib/db';

/** Where the result of the last team ICP sync is kept in `db.settings`. */
export const TEAM_SYNC_STATUS_KEY = 'teamIcpSync';

export type TeamSyncOutcome = 'updated' | 'not_modified' | 'unchanged' | 'failed';

/**
 * The last team ICP sync. `version`, `icpId` and `lastSuccessAt` describe the last good download
 * and survive failed attempts; `etag` and `lastModified` are that download's validators, sent back
 * on the next sync of the same URL.
 */
export interface TeamSyncStatus {
  url: string;
  lastAttemptAt: string;
  lastSuccessAt?: string;
  version?: number;
  icpId?: string;
  etag?: string;
  lastModified?: string;
  outcome: TeamSyncOutcome;
  message: string;
}

const MINUTE_MS = 60 * 1000;
const HOUR_MS = 60 * MINUTE_MS;
const RETRY_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** The stored status, or undefined when no sync was ever attempted (or the stored value is not one). */
export async function getTeamSyncStatus(db: FitcheckDb): Promise<TeamSyncStatus | undefined> {
  const setting = await db.settings.get(TEAM_SYNC_STATUS_KEY);
  return isTeamSyncStatus(setting?.value) ? setting.value : undefined;
}

function isTeamSyncStatus(value: unknown): value is TeamSyncStatus {
  if (typeof value !== 'object' || value === null) return false;
  const status = value as Partial<TeamSyncStatus>;
  return (
    typeof status.url === 'string' &&
    typeof status.lastAttemptAt === 'string' &&
    typeof status.outcome === 'string' &&
    typeof status.message === 'string'
  );
}

/**
 * Whether a sync should run now: when no sync ever succeeded, or the last attempt is 24 hours
 * old or more (or its time cannot be read). A caller that retries on every check should space
 * its checks, since a URL that never worked is always due.
 */
export function isSyncDue(status: TeamSyncStatus | undefined, now: Date): boolean {
  if (!status) return true;
  const attempted = Date.parse(status.lastAttemptAt);
  if (Number.isNaN(attempted)) return true;
  // A file that never downloaded is retried hourly, not on every wake of the service worker.
  return now.getTime() - attempted >= (status.lastSuccessAt ? DAY_MS : RETRY_MS);
}

/** One line for the options page: "Synced 3 hours ago, version 4", or why the last sync failed. */
export function describeSync(status: TeamSyncStatus | undefined, now: Date): string {
  if (!status) return 'Never synced';
  if (status.outcome === 'failed') {
    const cached =
      status.version === undefined
        ? 'no team ICP has been downloaded yet'
        : `using the cached version ${status.version}`;
    return `Last sync failed ${timeAgo(status.lastAttemptAt, now)}: ${status.message}; ${cached}`;
  }
  const version = status.version === undefined ? '' : `, version ${status.version}`;
  return `Synced ${timeAgo(status.lastSuccessAt ?? status.lastAttemptAt, now)}${version}`;
}

/** "just now", "1 minute ago", "3 hours ago", "2 days ago"; a time in the future reads as "just now". */
export function timeAgo(iso: string, now: Date): string {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return 'at an unknown time';
  const elapsed = now.getTime() - then;
  if (elapsed < MINUTE_MS) return 'just now';
  if (elapsed < HOUR_MS) return plural(Math.floor(elapsed / MINUTE_MS), 'minute');
  if (elapsed < DAY_MS) return plural(Math.floor(elapsed / HOUR_MS), 'hour');
  return plural(Math.floor(elapsed / DAY_MS), 'day');
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'} ago`;
}
