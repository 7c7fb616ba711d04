import { render } from 'preact';
import { vi } from 'vitest';
import { SuppressionLists } from '@/entrypoints/options/SuppressionLists';
import { createSuppressionHandlers } from '@/lib/background/suppression-handlers';
import { FitcheckDb, type SuppressionList } from '@/lib/db';
import { PROTOCOL } from '@/lib/message-protocol';
import { type MessageName, sendMessage } from '@/lib/messaging';

/**
 * The options section over the real suppression handlers and a fresh database, behind the same
 * payload check the background makes. Test files must `vi.mock('@/lib/messaging', …)` so that
 * sendMessage is a mock (see suppression-lists.test.tsx).
 */
export interface Harness {
  db: FitcheckDb;
  root: HTMLElement;
  sent: { name: MessageName; payload: unknown }[];
  find<E extends Element = HTMLElement>(testId: string): E | null;
  /**
   * 'down': every message but listing the lists fails, as when the background is gone; 'refusing':
   * they get no answer, as when the background drops a message it does not accept.
   */
  setBackground(state: BackgroundState): void;
}

type BackgroundState = 'up' | 'down' | 'refusing';

export const NOW = new Date('2026-03-10T12:00:00Z');

export function mountSuppressionLists(db = new FitcheckDb(`test-${crypto.randomUUID()}`)): Harness {
  const sent: Harness['sent'] = [];
  let state: BackgroundState = 'up';
  const handlers = createSuppressionHandlers(db, async () => undefined);
  const background = async (name: MessageName, payload: unknown): Promise<unknown> => {
    sent.push({ name, payload });
    if (state !== 'up' && name !== 'listSuppressionLists') {
      if (state === 'refusing') return undefined;
      throw new Error('the background is not running');
    }
    const handler = handlers[name as keyof typeof handlers] as (input: unknown) => Promise<unknown>;
    return handler(PROTOCOL[name].input.parse(payload));
  };
  vi.mocked(sendMessage).mockImplementation(background as typeof sendMessage);
  document.body.innerHTML = '<div id="root"></div>';
  const root = document.getElementById('root') as HTMLElement;
  render(<SuppressionLists now={NOW} />, root);
  return {
    db,
    root,
    sent,
    find: <E extends Element = HTMLElement>(testId: string) =>
      root.querySelector<E>(`[data-testid="${testId}"]`),
    setBackground(next) {
      state = next;
    },
  };
}

export async function waitFor<T>(find: () => T | null | undefined | false): Promise<T> {
  for (let tries = 0; tries < 400; tries += 1) {
    const found = find();
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('timed out waiting for the page');
}

export async function pickFile(root: HTMLElement, file: File): Promise<void> {
  const input = await waitFor(() => root.querySelector<HTMLInputElement>('[data-testid=suppression-import]'));
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

export const csvFile = (text: BlobPart, name = 'hubspot-companies.csv') =>
  new File([text], name, { type: 'text/csv' });

export const importCalls = (harness: Harness) =>
  harness.sent.filter(({ name }) => name === 'importSuppressionList');

export const importedList = (harness: Harness, index = 0) =>
  (importCalls(harness)[index]?.payload as { list: SuppressionList } | undefined)?.list;

export const cellsOf = (row: Element) => [...row.querySelectorAll('td')].map((cell) => cell.textContent);
