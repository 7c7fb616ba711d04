import { z } from 'zod';
import type { ShortlistEntry, StoredFit } from '@/lib/db';
import { SHORTLIST_STATUSES } from '@/lib/shortlist/shortlist-status';

export const SORT_COLUMNS = [
  'name',
  'score',
  'tier',
  'industry',
  'employeeRange',
  'hqCountry',
  'status',
  'lastSeenAt',
] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];

const filterList = z.array(z.string().max(300)).max(500).optional();

/** What the dashboard asks for: which accounts, filtered and sorted, and which window of them. */
export const dashboardQuerySchema = z.object({
  scope: z.enum(['shortlist', 'all']),
  text: z.string().max(300).optional(),
  tiers: filterList,
  icpIds: filterList,
  statuses: z.array(z.enum(SHORTLIST_STATUSES)).optional(),
  industries: filterList,
  sizes: filterList,
  countries: filterList,
  technologies: filterList,
  sort: z.object({ column: z.enum(SORT_COLUMNS), descending: z.boolean() }),
  offset: z.number().int().nonnegative(),
  limit: z.number().int().positive().max(1000),
});
export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;
/** A query without its window: what decides which rows match and in what order. */
export type DashboardFilters = Omit<DashboardQuery, 'offset' | 'limit'>;

export interface DashboardRow extends StoredFit {
  shortlist?: ShortlistEntry;
}

/** The values each filter can take among the accounts in scope, for the filter menus. */
export interface DashboardFacets {
  tiers: { id: string; label: string; color: string }[];
  icps: { id: string; name: string }[];
  industries: string[];
  sizes: string[];
  countries: string[];
  technologies: string[];
}

export interface DashboardPage {
  total: number;
  /** Every account in scope, before filters: "12 of 340". */
  inScope: number;
  rows: DashboardRow[];
  /** Ids of every row the filters keep, for "select all" and bulk changes beyond the window (first window only). */
  matchingIds?: string[];
  /** First window only. */
  facets?: DashboardFacets;
}
