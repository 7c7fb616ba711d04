import type { FitcheckDb, ShortlistEntry, StoredFit } from '@/lib/db';
import type { DashboardPage, DashboardQuery } from './dashboard-query';
import { changeToken } from '@/lib/table-changes';
import { dashboardPage, type QueryResult, selectDashboardRows } from './run-query';

/*
 * The dashboard asks for one window at a time as it scrolls. Reading and sorting 50,000 fits
 * for every window would make scrolling stutter, so the background keeps the rows it read and
 * the last query's sorted result until a fit or a shortlist entry changes (table-changes.ts).
 */

const ROW_TABLES = ['fits', 'shortlist'];

let cachedRows: { token: string; rows: Promise<StoredRows> } | undefined;
let cachedResult: { key: string; token: string; result: QueryResult } | undefined;

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
  const key = JSON.stringify(filters);
  const token = changeToken(db.name, ROW_TABLES);
  if (cachedResult?.key !== key || cachedResult.token !== token) {
    const { fits, shortlist } = await storedRows(db, token);
    cachedResult = { key, token, result: selectDashboardRows(fits, shortlist, filters) };
  }
  return dashboardPage(cachedResult.result, offset, limit);
}

function storedRows(db: FitcheckDb, token: string): Promise<StoredRows> {
  if (cachedRows?.token !== token) {
    const rows = readRows(db);
    cachedRows = { token, rows };
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
