import { SHORTLIST_STATUS_LABELS, SHORTLIST_STATUSES } from '@/lib/shortlist/shortlist-status';

/** The statuses as `<option>`s, for the popup's and the dashboard's status menus. */
export function ShortlistStatusOptions() {
  return (
    <>
      {SHORTLIST_STATUSES.map((status) => (
        <option key={status} value={status}>
          {SHORTLIST_STATUS_LABELS[status]}
        </option>
      ))}
    </>
  );
}
