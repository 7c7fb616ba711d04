import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '@/lib/messaging';
import type { SuppressionListSummary } from '@/lib/suppression/list-store';
import { type ImportOutcome, SuppressionListImport } from './SuppressionListImport';
import { SuppressionListTable } from './SuppressionListTable';
import { formatCount } from './SuppressionListDraft';

type Note = { kind: 'status' | 'error'; text: string };

/** The team's suppression lists (customers, open opportunities…): import from CSV, review, delete. */
export function SuppressionLists({ now = new Date(), onChanged }: { now?: Date; onChanged?(): void }) {
  const [lists, setLists] = useState<SuppressionListSummary[]>([]);
  const [note, setNote] = useState<Note>();
  const fail = (text: string) => setNote({ kind: 'error', text });

  const load = () =>
    sendMessage('listSuppressionLists', {})
      .then((loaded) => {
        setLists(loaded);
        onChanged?.();
      })
      .catch((error: unknown) => fail(`Could not load the suppression lists: ${describeError(error)}`));
  useEffect(() => void load(), []);

  const remove = async (list: SuppressionListSummary) => {
    const companies = formatCount(list.domainCount + list.linkedinCount, 'company', 'companies');
    const question = `Delete the list "${list.label}" (${companies})? Disqualifiers that name "${list.id}" will be unknown until it is imported again.`;
    if (!globalThis.confirm(question)) return;
    try {
      await sendMessage('deleteSuppressionList', { id: list.id });
      setNote({ kind: 'status', text: `Deleted ${list.label}` });
    } catch (error) {
      fail(`Could not delete ${list.label}: ${describeError(error)}`);
    }
    await load();
  };

  const finish = (outcome: ImportOutcome) => {
    setNote({ kind: outcome.kind === 'imported' ? 'status' : 'error', text: outcome.message });
    if (outcome.kind === 'imported') void load();
  };

  return (
    <section class="suppression-lists">
      <h2>Suppression lists</h2>
      <p class="muted">
        A disqualifier with operator <code>on_list</code> and the list id, such as{' '}
        <code>{'{"field": "domain", "operator": "on_list", "value": "customers"}'}</code>, disqualifies every
        company whose domain or LinkedIn page is on that list, so SDRs never prospect customers or
        competitors.
      </p>
      <SuppressionListTable lists={lists} now={now} onDelete={(list) => void remove(list)} />
      <SuppressionListImport existing={lists} onStart={() => setNote(undefined)} onOutcome={finish} />
      {note?.kind === 'error' && (
        <p class="import-error" role="alert" data-testid="suppression-error">
          {note.text}
        </p>
      )}
      {note?.kind === 'status' && (
        <p class="ok" role="status" data-testid="suppression-status">
          {note.text}
        </p>
      )}
    </section>
  );
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
