/*
 * Class names (styled elsewhere): ed-preview, ed-preview-busy, ed-preview-note, ed-preview-table,
 * ed-preview-count, ed-preview-bar, ed-preview-delta, ed-preview-changes, ed-preview-change,
 * ed-preview-name, ed-preview-score, ed-preview-more
 */
import { TierBadge } from '@/components/TierBadge';
import type { TierView } from '@/lib/scoring/fit';
import type { IcpPreview, TierChange } from '@/lib/scoring/preview';

export type PreviewStatus = 'idle' | 'loading' | 'ready' | 'invalid' | 'error';

interface Props {
  preview: IcpPreview | undefined;
  status: PreviewStatus;
  message?: string;
}

/** The draft's tiers in its order, then saved tiers the draft drops, to show their accounts leaving. */
function rowsOf({ saved, draft }: IcpPreview): { tier: TierView; saved?: number; draft: number }[] {
  // A new ICP has no saved column; a tier the saved ICP lacks held no account.
  const savedCount = (id: string) => saved && (saved.find((tier) => tier.id === id)?.count ?? 0);
  const rows = draft.map((tier) => ({ tier, draft: tier.count, saved: savedCount(tier.id) }));
  const dropped = (saved ?? []).filter((tier) => tier.count > 0 && !draft.some(({ id }) => id === tier.id));
  return [...rows, ...dropped.map((tier) => ({ tier, saved: tier.count, draft: 0 }))];
}

/** "+3", "−2" (a minus sign, not a hyphen) or "–" for no change. */
export const formatDelta = (n: number): string => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '–');

function CountCell({ count, total, color }: { count: number; total: number; color: string }) {
  const bar = { width: `${total > 0 ? Math.round((100 * count) / total) : 0}%`, backgroundColor: color };
  return (
    <td class="ed-preview-count">
      {count}
      <span class="ed-preview-bar" aria-hidden="true" style={bar} />
    </td>
  );
}

function TierTable({ preview }: { preview: IcpPreview }) {
  return (
    <table class="ed-preview-table">
      <thead>
        <tr>
          <th scope="col">Tier</th>
          {preview.saved && <th scope="col">Saved</th>}
          <th scope="col">Draft</th>
          {preview.saved && <th scope="col">Change</th>}
        </tr>
      </thead>
      <tbody>
        {rowsOf(preview).map(({ tier, saved, draft }) => (
          <tr
            key={tier.id}
            data-testid="preview-tier"
            data-tier-id={tier.id}
            data-saved={saved ?? ''}
            data-draft={draft}
          >
            <th scope="row">
              <TierBadge tier={tier} />
            </th>
            {saved !== undefined && <CountCell count={saved} total={preview.total} color={tier.color} />}
            <CountCell count={draft} total={preview.total} color={tier.color} />
            {saved !== undefined && <td class="ed-preview-delta">{formatDelta(draft - saved)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Change({ change: { accountId, name, from, to } }: { change: TierChange }) {
  return (
    <li
      class="ed-preview-change"
      data-testid="preview-change"
      data-account-id={accountId}
      data-from={from.tier.id}
      data-to={to.tier.id}
    >
      <span class="ed-preview-name">{name}</span> <TierBadge tier={from.tier} />{' '}
      <span class="ed-preview-score">{from.score}</span> → <TierBadge tier={to.tier} />{' '}
      <span class="ed-preview-score">{to.score}</span>
    </li>
  );
}

function Changes({ preview: { total, changes, changedCount } }: { preview: IcpPreview }) {
  const more = changedCount - changes.length;
  const count = `${changedCount} of ${total} account${total === 1 ? '' : 's'} would change tier`;
  return (
    <>
      <p data-testid="preview-changes-count" data-count={changedCount}>
        {count}
      </p>
      <ul class="ed-preview-changes">
        {changes.map((change) => (
          <Change key={change.accountId} change={change} />
        ))}
      </ul>
      {more > 0 && <p class="ed-preview-more" data-testid="preview-changes-more">{`and ${more} more`}</p>}
    </>
  );
}

const NO_ACCOUNTS = 'No accounts yet: open a few company pages and the preview shows how they would move.';

function PreviewBody({ preview }: { preview: IcpPreview }) {
  if (preview.total === 0) return <p class="ed-preview-note">{NO_ACCOUNTS}</p>;
  return (
    <>
      {!preview.saved && <p class="ed-preview-note">New ICP: nothing saved to compare with</p>}
      <TierTable preview={preview} />
      {preview.saved && <Changes preview={preview} />}
    </>
  );
}

const PROBLEMS: Partial<Record<PreviewStatus, string>> = {
  invalid: 'Fix the problems marked in the editor to see the preview.',
  error: 'The preview could not be worked out.',
};

function PanelContent({ preview, status, message }: Props) {
  const problem = PROBLEMS[status];
  if (problem) return <p class="ed-preview-note">{message ? `${problem} ${message}` : problem}</p>;
  if (preview) return <PreviewBody preview={preview} />;
  return <p class="ed-preview-note">{status === 'loading' ? 'Working out the preview…' : NOT_YET}</p>;
}

const NOT_YET = 'The preview shows here once the draft is checked.';

/** How the accounts seen so far would spread across the draft's tiers, against the saved ICP. */
export function PreviewPanel(props: Props) {
  // Loading keeps the last preview on screen, dimmed, so the panel does not jump at every key.
  const busy = props.status === 'loading';
  return (
    <section
      class={busy ? 'ed-preview ed-preview-busy' : 'ed-preview'}
      data-testid="preview"
      data-status={props.status}
      aria-busy={busy}
      aria-label="Preview"
    >
      <PanelContent {...props} />
    </section>
  );
}
