import { useState } from 'preact/hooks';
import type { ShortlistEntry } from '@/lib/db';
import { ShortlistStatusOptions } from '@/components/ShortlistStatusOptions';
import { sendMessage } from '@/lib/messaging';
import type { ShortlistStatus } from '@/lib/shortlist/shortlist-status';

interface Props {
  accountId: string;
  entry?: ShortlistEntry;
  /** Told after each save (the dashboard refreshes its table). */
  onSaved?(entry: ShortlistEntry): void;
}

/**
 * Keeps the account for outreach: one click adds it as "new"; once on the shortlist the SDR sets
 * where they are with it and a note, saved as they go.
 */
export function ShortlistControl({ accountId, entry: initial, onSaved }: Props) {
  const [entry, setEntry] = useState(initial);
  const [problem, setProblem] = useState<string>();
  const save = (change: { status?: ShortlistStatus; note?: string }) =>
    sendMessage('shortlist', { accountId, ...change })
      .then((saved) => {
        setEntry(saved);
        setProblem(undefined);
        onSaved?.(saved);
      })
      .catch((error: unknown) => setProblem(`Not saved: ${String(error)}`));

  if (!entry) {
    return (
      <section class="shortlist">
        <button
          type="button"
          class="primary"
          data-testid="shortlist"
          data-shortlisted="false"
          onClick={() => void save({})}
        >
          Add to shortlist
        </button>
        {problem && <p class="error">{problem}</p>}
      </section>
    );
  }
  return (
    <section class="shortlist" data-testid="shortlist-entry">
      <button
        type="button"
        data-testid="shortlist"
        data-shortlisted="true"
        disabled
        title={`Shortlisted ${entry.addedAt.slice(0, 10)}`}
      >
        On the shortlist
      </button>{' '}
      <label>
        Status{' '}
        <select
          data-testid="shortlist-status"
          value={entry.status}
          onChange={(event) => void save({ status: event.currentTarget.value as ShortlistStatus })}
        >
          <ShortlistStatusOptions />
        </select>
      </label>
      <textarea
        data-testid="shortlist-note"
        rows={2}
        placeholder="Note for outreach (who, angle, next step)"
        value={entry.note}
        onChange={(event) => void save({ note: event.currentTarget.value })}
      />
      {problem && <p class="error">{problem}</p>}
    </section>
  );
}
