import { useEffect, useState } from 'preact/hooks';
import { ReadProblemList } from '@/components/ReadProblemList';
import type { ReadProblem } from '@/lib/db';
import { sendMessage } from '@/lib/messaging';

/** Loads the diagnostics list from the background and handles copy and clear. */
export function DiagnosticsPanel() {
  const [problems, setProblems] = useState<ReadProblem[]>([]);
  const [note, setNote] = useState<string>();
  const load = () =>
    sendMessage('listReadProblems', {})
      .then(setProblems)
      .catch((error: unknown) => setNote(`Could not load the diagnostics: ${String(error)}`));
  useEffect(() => void load(), []);
  const copy = (text: string) =>
    navigator.clipboard
      .writeText(text)
      .then(() => setNote('Copied. Paste it into your report.'))
      .catch(() => setNote('The browser did not allow copying; select the table and copy it instead.'));
  const clear = () => void sendMessage('clearReadProblems', {}).then(load);
  return (
    <>
      <ReadProblemList problems={problems} onCopy={(text) => void copy(text)} onClear={clear} />
      {note && <p class="muted">{note}</p>}
    </>
  );
}
