import { useState } from 'preact/hooks';
import { ShortlistStatusOptions } from '@/components/ShortlistStatusOptions';
import { sendMessage } from '@/lib/messaging';
import { SHORTLIST_STATUS_LABELS, type ShortlistStatus } from '@/lib/shortlist/shortlist-status';

interface Props {
  selected: string[];
  matchingIds: string[];
  onSelectAll(): void;
  onClear(): void;
  onChanged(): void;
}

const count = new Intl.NumberFormat('en-US');

/** Changes many accounts at once: a status for the shortlisted ones, or adding them to the shortlist. */
export function BulkBar({ selected, matchingIds, onSelectAll, onClear, onChanged }: Props) {
  const [working, setWorking] = useState<string>();
  const run = async (label: string, work: () => Promise<unknown>) => {
    setWorking(label);
    await work().finally(() => setWorking(undefined));
    onChanged();
  };
  const none = selected.length === 0;
  return (
    <div class="bulk-bar" data-testid="bulk-bar">
      <button
        type="button"
        data-testid="select-all"
        onClick={onSelectAll}
        disabled={matchingIds.length === 0}
      >
        Select all {count.format(matchingIds.length)}
      </button>
      <button type="button" onClick={onClear} disabled={none}>
        Clear selection
      </button>
      <span class="muted">{count.format(selected.length)} selected</span>
      <label>
        Set status{' '}
        <select
          data-testid="bulk-status"
          disabled={none || !!working}
          value=""
          onChange={(event) => {
            const status = event.currentTarget.value as ShortlistStatus;
            void run(
              `Setting ${count.format(selected.length)} accounts to ${SHORTLIST_STATUS_LABELS[status]}…`,
              () => sendMessage('setShortlistStatus', { accountIds: selected, status }),
            );
          }}
        >
          <option value="">…</option>
          <ShortlistStatusOptions />
        </select>
      </label>
      <button
        type="button"
        data-testid="bulk-remove"
        disabled={none || !!working}
        onClick={() => void run('Removing…', () => sendMessage('unshortlist', { accountIds: selected }))}
      >
        Remove from shortlist
      </button>
      {working && (
        <span class="muted" role="status">
          {working}
        </span>
      )}
    </div>
  );
}
