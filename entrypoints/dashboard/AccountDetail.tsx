import { useEffect, useState } from 'preact/hooks';
import { FitView } from '@/components/FitView';
import { sendMessage, type MessageOutputs } from '@/lib/messaging';
import { ShortlistControl } from '../popup/ShortlistControl';

interface Props {
  accountId: string;
  onClose(): void;
  onChanged(): void;
}

/** One account's whole fit, with the evidence behind every criterion, beside the table. */
export function AccountDetail({ accountId, onClose, onChanged }: Props) {
  const [view, setView] = useState<MessageOutputs['getAccountFit'] | 'loading'>('loading');
  useEffect(() => {
    setView('loading');
    void sendMessage('getAccountFit', { accountId }).then(setView);
  }, [accountId]);
  return (
    <aside class="account-detail" data-testid="account-detail" data-account-id={accountId}>
      <button type="button" class="link" onClick={onClose}>
        Close
      </button>
      {view === 'loading' && <p class="muted">Loading…</p>}
      {view === undefined && <p class="muted">This account is no longer stored.</p>}
      {view && view !== 'loading' && (
        <>
          <ShortlistControl
            key={accountId}
            accountId={accountId}
            entry={view.shortlist}
            onSaved={onChanged}
          />
          <FitView account={view.account} fit={view.fit} segments={view.segments} />
        </>
      )}
    </aside>
  );
}
