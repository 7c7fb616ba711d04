import { browser } from 'wxt/browser';
import type { FitcheckDb } from '@/lib/db';
import { getTeamSyncStatus, isSyncDue, syncTeamIcp, type TeamSyncStatus } from '@/lib/icp/team-sync';

/**
 * The team's ICP file at an https URL RevOps maintains: fetched at start and then daily (the
 * alarm checks hourly whether a day has passed), so every SDR scores with the same ICP without
 * a server of ours. What is fetched, and when, is in lib/icp/team-sync.ts.
 */
const URL_KEY = 'teamIcpUrl';
const ALARM = 'team-icp-sync';

export async function getTeamIcpUrl(db: FitcheckDb): Promise<string | undefined> {
  const value = (await db.settings.get(URL_KEY))?.value;
  return typeof value === 'string' && value ? value : undefined;
}

export async function setTeamIcpUrl(db: FitcheckDb, url: string): Promise<void> {
  if (url) await db.settings.put({ key: URL_KEY, value: url });
  else await db.settings.delete(URL_KEY);
}

let running: Promise<unknown> = Promise.resolve();

/**
 * Syncs now if a URL is set and (unless forced) a sync is due; returns the latest status. Syncs
 * run one after another, so a slow download of an old URL cannot land after a newer one.
 */
export function syncTeamIcpIfDue(
  db: FitcheckDb,
  now: Date,
  force = false,
): Promise<{ status: TeamSyncStatus | undefined; changed: boolean }> {
  const next = running.then(() => syncOnce(db, now, force));
  running = next.catch(() => undefined);
  return next;
}

async function syncOnce(
  db: FitcheckDb,
  now: Date,
  force: boolean,
): Promise<{ status: TeamSyncStatus | undefined; changed: boolean }> {
  const url = await getTeamIcpUrl(db);
  const previous = await getTeamSyncStatus(db);
  if (!url || (!force && previous?.url === url && !isSyncDue(previous, now)))
    return { status: previous, changed: false };
  const status = await syncTeamIcp(db, { url, fetch: (input, init) => fetch(input, init), now });
  return { status, changed: status.outcome === 'updated' };
}

export function scheduleTeamIcpSync(onAlarm: () => void): void {
  // The worker starts many times a day; re-creating the alarm each time would postpone it forever.
  void browser.alarms.get(ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(ALARM, { periodInMinutes: 60 });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) onAlarm();
  });
}
