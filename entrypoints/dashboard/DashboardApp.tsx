import { useState } from 'preact/hooks';
import { AccountTable } from '@/components/dashboard/AccountTable';
import { FilterBar } from '@/components/dashboard/FilterBar';
import type { SortColumn } from '@/lib/dashboard/dashboard-query';
import { AccountDetail } from './AccountDetail';
import { BulkBar } from './BulkBar';
import { ExportBar } from './ExportBar';
import { type RowsQuery, useDashboardRows } from './use-dashboard-rows';

const count = new Intl.NumberFormat('en-US');

/** The shortlist (or every account seen) as a table to filter, sort, work in bulk and export. */
export function DashboardApp() {
  const [query, setQuery] = useState<RowsQuery>({
    scope: 'shortlist',
    sort: { column: 'score', descending: true },
  });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [openId, setOpenId] = useState<string>();
  const rows = useDashboardRows(query);

  const change = (patch: Partial<RowsQuery>) => {
    setQuery((current) => ({ ...current, ...patch }));
    setSelected(new Set());
  };
  const sortBy = (column: SortColumn) =>
    change({
      sort: { column, descending: query.sort.column === column ? !query.sort.descending : column !== 'name' },
    });
  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const afterChange = () => {
    rows.refresh();
    setSelected(new Set());
  };

  return (
    <main class="dashboard">
      <h1>Fitcheck: accounts</h1>
      <FilterBar filters={query} facets={rows.facets} onChange={change} />
      <p class="muted" data-testid="result-count">
        {count.format(rows.total)} of {count.format(rows.inScope)}{' '}
        {query.scope === 'shortlist' ? 'shortlisted accounts' : 'accounts seen'}
      </p>
      <BulkBar
        selected={[...selected]}
        matchingIds={rows.matchingIds}
        onSelectAll={() => setSelected(new Set(rows.matchingIds))}
        onClear={() => setSelected(new Set())}
        onChanged={afterChange}
      />
      <ExportBar
        accountIds={selected.size > 0 ? [...selected] : rows.matchingIds}
        scopeLabel={selected.size > 0 ? 'selected' : 'shown'}
      />
      <div class="dashboard__body">
        <AccountTable
          total={rows.total}
          rowAt={rows.rowAt}
          sort={query.sort}
          selected={selected}
          onSort={sortBy}
          onToggle={toggle}
          onOpen={setOpenId}
          onWindow={rows.onWindow}
        />
        {openId && (
          <AccountDetail accountId={openId} onClose={() => setOpenId(undefined)} onChanged={rows.refresh} />
        )}
      </div>
    </main>
  );
}
