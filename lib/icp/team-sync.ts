import type { FitcheckDb } from '@/lib/db';
import { ACTIVE_ICP_KEY, storeAndActivate } from './icp-store';
import { parseIcpText } from './parse-icp-file';
import type { Icp } from './schema';
import {
  describeFetchError,
  describeHttpStatus,
  readCappedText,
  refuseTeamIcpUrl,
} from './team-sync-download';
import { getTeamSyncStatus, TEAM_SYNC_STATUS_KEY, type TeamSyncStatus } from './team-sync-status';

export { describeSync, getTeamSyncStatus, isSyncDue, type TeamSyncStatus } from './team-sync-status';

const FETCH_TIMEOUT_MS = 30_000;

export interface TeamSyncOptions {
  url: string;
  fetch: typeof fetch;
  now: Date;
}

/**
 * Downloads the team's ICP from its URL and, when it is a valid ICP, stores it and makes it the
 * active one. A failed download (network, HTTP error, too large, not JSON, not a valid ICP) never
 * replaces a good ICP: the cached one stays active and untouched. Never throws; the result is also
 * stored, for `getTeamSyncStatus` and `describeSync`.
 */
export async function syncTeamIcp(db: FitcheckDb, options: TeamSyncOptions): Promise<TeamSyncStatus> {
  const { url, now } = options;
  let previous: TeamSyncStatus | undefined;
  try {
    previous = await getTeamSyncStatus(db);
  } catch {
    previous = undefined;
  }
  const sameUrl = previous?.url === url;
  const attempt: TeamSyncStatus = {
    url,
    lastAttemptAt: now.toISOString(),
    // What was fetched, and when, belongs to the URL it came from: another URL starts afresh.
    lastSuccessAt: sameUrl ? previous?.lastSuccessAt : undefined,
    version: sameUrl ? previous?.version : undefined,
    icpId: sameUrl ? previous?.icpId : undefined,
    etag: sameUrl ? previous?.etag : undefined,
    lastModified: sameUrl ? previous?.lastModified : undefined,
    outcome: 'failed',
    message: '',
  };
  const failed = (message: string) => save(db, { ...attempt, outcome: 'failed', message });

  try {
    const refusal = refuseTeamIcpUrl(url);
    if (refusal) return await failed(refusal);

    const headers: Record<string, string> = {};
    if (attempt.etag) headers['If-None-Match'] = attempt.etag;
    if (attempt.lastModified) headers['If-Modified-Since'] = attempt.lastModified;
    let response: Response;
    try {
      response = await options.fetch(url, {
        headers,
        redirect: 'follow',
        signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      });
    } catch (error) {
      return await failed(`could not download the team ICP: ${describeFetchError(error)}`);
    }

    // A redirect may not lead from https to plain http.
    const redirectRefusal = response.url ? refuseTeamIcpUrl(response.url) : undefined;
    if (redirectRefusal) {
      await response.body?.cancel().catch(() => undefined);
      return await failed(`the team ICP URL redirected to ${response.url}: ${redirectRefusal}`);
    }

    if (response.status === 304) {
      if (!attempt.etag && !attempt.lastModified) {
        return await failed('the server answered 304 Not Modified to a request that was not conditional');
      }
      return await save(db, {
        ...attempt,
        lastSuccessAt: attempt.lastAttemptAt,
        outcome: 'not_modified',
        message: 'the team ICP has not changed since the last sync',
      });
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      return await failed(`the server answered ${describeHttpStatus(response)}`);
    }

    const body = await readCappedText(response);
    if (!body.ok) return await failed(body.message);
    const parsed = parseIcpText(body.text);
    if (!parsed.ok) {
      const first = parsed.errors[0];
      const where = first ? `${first.path}: ${first.message}` : 'it is not a valid ICP';
      return await failed(`the downloaded file is not a valid ICP (${where})`);
    }

    return await storeDownloaded(db, parsed.icp, {
      ...attempt,
      lastSuccessAt: attempt.lastAttemptAt,
      version: parsed.icp.version,
      icpId: parsed.icp.id,
      etag: response.headers.get('etag') ?? undefined,
      lastModified: response.headers.get('last-modified') ?? undefined,
    });
  } catch (error) {
    const message = `the team ICP could not be synced: ${error instanceof Error ? error.message : String(error)}`;
    const status: TeamSyncStatus = { ...attempt, outcome: 'failed', message };
    try {
      return await save(db, status);
    } catch {
      return status;
    }
  }
}

/**
 * Stores a valid download and makes it active, with the sync status, in one transaction (as
 * importIcpText does). When the same id and version are already stored and active, nothing but
 * the status is written: the outcome is 'unchanged'.
 */
async function storeDownloaded(db: FitcheckDb, icp: Icp, base: TeamSyncStatus): Promise<TeamSyncStatus> {
  return db.transaction('rw', db.icps, db.settings, async () => {
    const active = await db.settings.get(ACTIVE_ICP_KEY);
    const stored = await db.icps.get(icp.id);
    const label = `version ${icp.version} of "${icp.name}"`;
    if (active?.value === icp.id && stored?.icp.version === icp.version) {
      return save(db, { ...base, outcome: 'unchanged', message: `${label} is already the active ICP` });
    }
    await storeAndActivate(db, icp, base.lastAttemptAt);
    return save(db, { ...base, outcome: 'updated', message: `updated to ${label}` });
  });
}

async function save(db: FitcheckDb, status: TeamSyncStatus): Promise<TeamSyncStatus> {
  const clean = Object.fromEntries(
    Object.entries(status).filter(([, value]) => value !== undefined),
  ) as unknown as TeamSyncStatus;
  await db.settings.put({ key: TEAM_SYNC_STATUS_KEY, value: clean });
  return clean;
}
