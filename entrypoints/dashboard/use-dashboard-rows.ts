import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { DashboardFacets, DashboardQuery, DashboardRow } from '@/lib/dashboard/dashboard-query';
import { sendMessage } from '@/lib/messaging';

const PAGE = 200;

export type RowsQuery = Omit<DashboardQuery, 'offset' | 'limit'>;

interface Loaded {
  total: number;
  inScope: number;
  matchingIds: string[];
  facets?: DashboardFacets;
}

/**
 * The rows of the current query, fetched a page at a time as the table scrolls to them. A new
 * query (filter, sort, search) or `refresh` starts over; answers to an older query are dropped.
 */
export function useDashboardRows(query: RowsQuery) {
  const [loaded, setLoaded] = useState<Loaded>({ total: 0, inScope: 0, matchingIds: [] });
  const [, setVersion] = useState(0);
  const rows = useRef(new Map<number, DashboardRow>());
  const pending = useRef(new Set<number>());
  const generation = useRef(0);
  const [refreshes, setRefreshes] = useState(0);
  const key = JSON.stringify(query);

  const fetchPage = useCallback(
    async (offset: number) => {
      const mine = generation.current;
      if (pending.current.has(offset)) return;
      pending.current.add(offset);
      const page = await sendMessage('queryDashboard', { query: { ...query, offset, limit: PAGE } });
      if (mine !== generation.current) return;
      page.rows.forEach((row, index) => rows.current.set(offset + index, row));
      // Only the first window carries the ids of every match and the facets.
      setLoaded((current) => ({
        total: page.total,
        inScope: page.inScope,
        matchingIds: page.matchingIds ?? current.matchingIds,
        facets: page.facets ?? current.facets,
      }));
      setVersion((n) => n + 1);
    },
    [key],
  );

  useEffect(() => {
    generation.current += 1;
    rows.current = new Map();
    pending.current = new Set();
    void fetchPage(0);
  }, [key, refreshes]);

  const onWindow = useCallback(
    (start: number, end: number) => {
      for (let offset = Math.floor(start / PAGE) * PAGE; offset < end; offset += PAGE) {
        if (!rows.current.has(offset)) void fetchPage(offset);
      }
    },
    [fetchPage],
  );
  return {
    ...loaded,
    rowAt: (index: number) => rows.current.get(index),
    onWindow,
    refresh: () => setRefreshes((n) => n + 1),
  };
}
