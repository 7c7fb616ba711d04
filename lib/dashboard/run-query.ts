import type { ShortlistEntry, StoredFit } from '@/lib/db';
import type {
  DashboardFacets,
  DashboardFilters,
  DashboardPage,
  DashboardQuery,
  DashboardRow,
  SortColumn,
} from './dashboard-query';

/** The accounts a query keeps, sorted, before the window is taken: what the background caches. */
export interface QueryResult {
  matching: DashboardRow[];
  inScope: number;
  facets: DashboardFacets;
}

/**
 * Filters and sorts the stored fits. Pure: the background passes the rows it read. Each filter
 * keeps a row when the row's value is one of those chosen; an empty filter keeps all.
 */
export function selectDashboardRows(
  fits: readonly StoredFit[],
  shortlist: ReadonlyMap<string, ShortlistEntry>,
  query: DashboardFilters,
): QueryResult {
  const inScope: DashboardRow[] = [];
  for (const fit of fits) {
    const entry = shortlist.get(fit.accountId);
    if (query.scope === 'shortlist' && !entry) continue;
    inScope.push(entry ? { ...fit, shortlist: entry } : fit);
  }
  const matching = inScope.filter(rowFilter(query));
  matching.sort(compareBy(query.sort.column, query.sort.descending));
  return { matching, inScope: inScope.length, facets: facetsOf(inScope) };
}

/**
 * One window of a result. The ids of every match and the facets ride only with the first window:
 * with 50,000 accounts they are the heavy part, and a scroll does not change them.
 */
export function dashboardPage(result: QueryResult, offset: number, limit: number): DashboardPage {
  const { matching, inScope, facets } = result;
  const rows = matching.slice(offset, offset + limit);
  if (offset > 0) return { total: matching.length, inScope, rows };
  return { total: matching.length, inScope, rows, matchingIds: matching.map((row) => row.accountId), facets };
}

/** Both steps at once, for callers that keep nothing between windows. */
export function runDashboardQuery(
  fits: readonly StoredFit[],
  shortlist: ReadonlyMap<string, ShortlistEntry>,
  query: DashboardQuery,
): DashboardPage {
  return dashboardPage(selectDashboardRows(fits, shortlist, query), query.offset, query.limit);
}

function rowFilter(query: DashboardFilters): (row: DashboardRow) => boolean {
  const text = query.text?.trim().toLowerCase();
  const keeps = (chosen: readonly string[] | undefined, value: string | undefined) =>
    !chosen?.length || (value !== undefined && chosen.includes(value));
  return (row) =>
    keeps(query.tiers, row.tierId) &&
    keeps(query.icpIds, row.icpId) &&
    keeps(query.statuses, row.shortlist?.status) &&
    keeps(query.industries, row.industry) &&
    keeps(query.sizes, row.employeeRange) &&
    keeps(query.countries, row.hqCountry) &&
    (!query.technologies?.length || row.technology.some((tool) => query.technologies?.includes(tool))) &&
    (!text || searchableText(row).includes(text));
}

function searchableText(row: DashboardRow): string {
  return [row.name, row.domain, row.industry, row.hqCity, row.shortlist?.note].join(' ').toLowerCase();
}

const TEXT = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Unknown values sort last whichever way, so a sort never leads with blanks. */
function compareBy(column: SortColumn, descending: boolean): (a: DashboardRow, b: DashboardRow) => number {
  const valueOf = (row: DashboardRow): string | number | undefined => {
    if (column === 'tier' || column === 'score') return row.score - (row.disqualified ? 1000 : 0);
    if (column === 'status') return row.shortlist?.status;
    if (column === 'employeeRange')
      return row.employeeRange ? Number(/^\d+/.exec(row.employeeRange)?.[0]) : undefined;
    return row[column];
  };
  return (a, b) => {
    const [x, y] = [valueOf(a), valueOf(b)];
    if (x === undefined || y === undefined) {
      return x === y ? TEXT.compare(a.name, b.name) : x === undefined ? 1 : -1;
    }
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : TEXT.compare(String(x), String(y));
    return (descending ? -order : order) || TEXT.compare(a.name, b.name);
  };
}

function facetsOf(rows: readonly DashboardRow[]): DashboardFacets {
  const distinct = (values: (string | undefined)[]) =>
    [...new Set(values.filter((value): value is string => !!value))].sort(TEXT.compare);
  const tiers = new Map(
    rows.map((row) => [row.tierId, { id: row.tierId, label: row.tierLabel, color: row.tierColor }]),
  );
  const icps = new Map(rows.map((row) => [row.icpId, { id: row.icpId, name: row.icpName }]));
  return {
    tiers: [...tiers.values()],
    icps: [...icps.values()],
    industries: distinct(rows.map((row) => row.industry)),
    sizes: distinct(rows.map((row) => row.employeeRange)),
    countries: distinct(rows.map((row) => row.hqCountry)),
    technologies: distinct(rows.flatMap((row) => row.technology)),
  };
}
