import { useEffect, useState } from 'preact/hooks';
import type { DashboardRow, SortColumn } from '@/lib/dashboard/dashboard-query';
import { SHORTLIST_STATUS_LABELS } from '@/lib/shortlist/shortlist-status';
import { visibleWindow } from './visible-window';

const ROW_HEIGHT = 34;
const VIEWPORT_HEIGHT = 560;

const COLUMNS: { id: SortColumn | undefined; label: string }[] = [
  { id: 'name', label: 'Company' },
  { id: undefined, label: 'Domain' },
  { id: 'tier', label: 'Tier' },
  { id: 'score', label: 'Score' },
  { id: undefined, label: 'ICP' },
  { id: 'industry', label: 'Industry' },
  { id: 'employeeRange', label: 'Size' },
  { id: 'hqCountry', label: 'HQ' },
  { id: undefined, label: 'Key signals' },
  { id: 'status', label: 'Status' },
  { id: undefined, label: 'Note' },
  { id: 'lastSeenAt', label: 'Last seen' },
];

interface Props {
  total: number;
  /** Rows loaded so far, by their position in the sorted result. */
  rowAt(index: number): DashboardRow | undefined;
  sort: { column: SortColumn; descending: boolean };
  selected: ReadonlySet<string>;
  onSort(column: SortColumn): void;
  onToggle(accountId: string): void;
  onOpen(accountId: string): void;
  /** The table asks for the rows it is about to show. */
  onWindow(start: number, end: number): void;
}

/** The accounts as a scrolling table that renders only the rows in view. */
export function AccountTable(props: Props) {
  const [scrollTop, setScrollTop] = useState(0);
  const { start, end } = visibleWindow(props.total, ROW_HEIGHT, VIEWPORT_HEIGHT, scrollTop);
  useEffect(() => props.onWindow(start, end), [start, end, props.total]);
  const indexes = Array.from({ length: end - start }, (_, offset) => start + offset);
  return (
    <div class="accounts" data-testid="account-table" data-total={props.total}>
      <div class="accounts__head accounts__row">
        <span />
        {COLUMNS.map((column) => (
          <button
            type="button"
            key={column.label}
            class="link"
            disabled={!column.id}
            onClick={() => column.id && props.onSort(column.id)}
          >
            {column.label}
            {column.id === props.sort.column ? (props.sort.descending ? ' ▼' : ' ▲') : ''}
          </button>
        ))}
      </div>
      <div
        class="accounts__viewport"
        style={{ height: `${VIEWPORT_HEIGHT}px` }}
        onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      >
        <div style={{ height: `${props.total * ROW_HEIGHT}px`, position: 'relative' }}>
          {indexes.map((index) => (
            <AccountRow key={index} index={index} row={props.rowAt(index)} {...props} />
          ))}
        </div>
      </div>
    </div>
  );
}

function AccountRow({
  index,
  row,
  selected,
  onToggle,
  onOpen,
}: Props & { index: number; row: DashboardRow | undefined }) {
  const style = { top: `${index * ROW_HEIGHT}px`, height: `${ROW_HEIGHT}px` };
  if (!row) return <div class="accounts__row accounts__row--loading" style={style} />;
  return (
    <div
      class="accounts__row"
      style={style}
      data-testid="account-row"
      data-account-id={row.accountId}
      data-tier={row.tierId}
      data-status={row.shortlist?.status ?? ''}
    >
      <input
        type="checkbox"
        aria-label={`Select ${row.name}`}
        checked={selected.has(row.accountId)}
        onChange={() => onToggle(row.accountId)}
      />
      <button
        type="button"
        class="link accounts__name"
        onClick={() => onOpen(row.accountId)}
        title={row.domain}
      >
        {row.name}
      </button>
      <span class="muted">{row.domain ?? '–'}</span>
      <span>
        <span class="tier tier--small" style={{ backgroundColor: row.tierColor }}>
          {row.tierLabel}
        </span>
      </span>
      <span>{row.score}</span>
      <span class="muted" title={`${row.icpName}, version ${row.icpVersion}`}>
        {row.icpName}
      </span>
      <span>{row.industry ?? '–'}</span>
      <span>{row.employeeRange ?? '–'}</span>
      <span>{[row.hqCity, row.hqCountry].filter(Boolean).join(', ') || '–'}</span>
      <span class="muted" title={row.technology.join(', ')}>
        {row.technology.slice(0, 3).join(', ') || '–'}
      </span>
      <span>{row.shortlist ? SHORTLIST_STATUS_LABELS[row.shortlist.status] : '–'}</span>
      <span class="muted" title={row.shortlist?.note}>
        {row.shortlist?.note || '–'}
      </span>
      <span class="muted">{row.lastSeenAt.slice(0, 10)}</span>
    </div>
  );
}
