import Dexie from 'dexie';
import type { FitcheckDb, ShortlistEntry, StoredFit } from '@/lib/db';
import type { DashboardPage, DashboardQuery } from './dashboard-query';
import { dashboardPage, type QueryResult, selectDashboardRows } from './run-query';

/*
 * The dashboard asks for one window at a time as it scrolls. Reading and sorting 50,000 fits
 * for every window would make scrolling stutter, so the background keeps the last query's
 * sorted result until a fit or a shortlist entry changes (Dexie reports every committed write).
 */

let generation = 0;
let cachedRows: { key: string; generation: number; rows: Promise<StoredRows> } | undefined;
let cachedResult: { key: string; generation: number; result: QueryResult } | undefined;

const WATCHED_TABLE = /\/(fits|shortlist)\//;

Dexie.on('storagemutated', (parts) => {
  if (Object.keys(parts).some((part) => WATCHED_TABLE.test(part))) generation += 1;
});

interface StoredRows {
  fits: StoredFit[];
  shortlist: Map<string, ShortlistEntry>;
}

/**
 * A window of the dashboard. Two caches, both dropped at the next write: the rows read from the
 * database (so a new filter or sort only filters and sorts), and the last query's result (so a
 * scroll only slices).
 */
export async function queryDashboard(db: FitcheckDb, query: DashboardQuery): Promise<DashboardPage> {
  const { offset, limit, ...filters } = query;
  const key = `${db.name}:${JSON.stringify(filters)}`;
  if (cachedResult?.key !== key || cachedResult.generation !== generation) {
    const started = generation;
    const { fits, shortlist } = await storedRows(db);
    cachedResult = { key, generation: started, result: selectDashboardRows(fits, shortlist, filters) };
  }
  return dashboardPage(cachedResult.result, offset, limit);
}

function storedRows(db: FitcheckDb): Promise<StoredRows> {
  if (cachedRows?.key !== db.name || cachedRows.generation !== generation) {
    const rows = readRows(db);
    cachedRows = { key: db.name, generation, rows };
    // A failed read is not kept: the next window tries again.
    rows.catch(() => {
      if (cachedRows?.rows === rows) cachedRows = undefined;
    });
  }
  return cachedRows.rows;
}

async function readRows(db: FitcheckDb): Promise<StoredRows> {
  const [fits, entries] = await db.transaction('r', db.fits, db.shortlist, () =>
    Promise.all([db.fits.toArray(), db.shortlist.toArray()]),
  );
  return { fits, shortlist: new Map(entries.map((entry) => [entry.accountId, entry])) };
}
