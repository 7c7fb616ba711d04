import type { DashboardFacets, DashboardQuery } from '@/lib/dashboard/dashboard-query';
import { SHORTLIST_STATUS_LABELS, SHORTLIST_STATUSES } from '@/lib/shortlist/shortlist-status';

type Filters = Pick<
  DashboardQuery,
  'scope' | 'text' | 'tiers' | 'icpIds' | 'statuses' | 'industries' | 'sizes' | 'countries' | 'technologies'
>;
type ListFilter = Exclude<keyof Filters, 'scope' | 'text'>;

interface Props {
  filters: Filters;
  facets?: DashboardFacets;
  onChange(patch: Partial<Filters>): void;
}

/** Scope, search and one menu per filter; each menu offers only the values the accounts have. */
export function FilterBar({ filters, facets, onChange }: Props) {
  const menu = (key: ListFilter, label: string, options: { value: string; label: string }[]) => (
    <label class="filter">
      {label}{' '}
      <select
        data-testid={`filter-${key}`}
        value={filters[key]?.[0] ?? ''}
        onChange={(event) => {
          const value = event.currentTarget.value;
          onChange({ [key]: value ? [value] : undefined });
        }}
      >
        <option value="">Any</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
  const plain = (values: readonly string[] = []) => values.map((value) => ({ value, label: value }));
  return (
    <div class="filter-bar" data-testid="filter-bar">
      <label class="filter">
        Show{' '}
        <select
          data-testid="scope"
          value={filters.scope}
          onChange={(event) => onChange({ scope: event.currentTarget.value as Filters['scope'] })}
        >
          <option value="shortlist">Shortlist</option>
          <option value="all">Every account seen</option>
        </select>
      </label>
      <input
        type="search"
        data-testid="search"
        placeholder="Search name, domain, note…"
        value={filters.text ?? ''}
        onInput={(event) => onChange({ text: event.currentTarget.value })}
      />
      {menu(
        'tiers',
        'Tier',
        (facets?.tiers ?? []).map((tier) => ({ value: tier.id, label: tier.label })),
      )}
      {menu(
        'statuses',
        'Status',
        SHORTLIST_STATUSES.map((status) => ({ value: status, label: SHORTLIST_STATUS_LABELS[status] })),
      )}
      {menu(
        'icpIds',
        'ICP',
        (facets?.icps ?? []).map((icp) => ({ value: icp.id, label: icp.name })),
      )}
      {menu('industries', 'Industry', plain(facets?.industries))}
      {menu('sizes', 'Size', plain(facets?.sizes))}
      {menu('countries', 'Country', plain(facets?.countries))}
      {menu('technologies', 'Technology', plain(facets?.technologies))}
    </div>
  );
}
