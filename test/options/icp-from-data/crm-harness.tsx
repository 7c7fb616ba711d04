import { render } from 'preact';
import { vi } from 'vitest';
import { IcpFromData } from '@/entrypoints/options/icp-from-data/IcpFromData';
import type { IcpLibrary } from '@/lib/icp/icp-library';
import { SAMPLE_ICP } from '@/lib/icp/sample-icp';
import type { Icp } from '@/lib/icp/schema';
import { type MessageName, sendMessage } from '@/lib/messaging';
import { csvFile, waitFor } from '../suppression-harness';

export { csvFile, waitFor };

/**
 * The section mounted alone, with sendMessage answering listIcps from `library`. Test files must
 * `vi.mock('@/lib/messaging', …)` so that sendMessage is a mock (see crm-import.test.tsx).
 */
export interface CrmPage {
  root: HTMLElement;
  /** The ICPs handed to onDraft, in order. */
  drafts: Icp[];
  sent: MessageName[];
  find<E extends Element = HTMLElement>(testId: string): E | null;
  findAll<E extends Element = HTMLElement>(selector: string): E[];
}

export const NOW = new Date('2026-03-10T12:00:00Z');

export const LIBRARY: IcpLibrary = {
  primaryId: SAMPLE_ICP.id,
  entries: [
    { id: SAMPLE_ICP.id, ok: true, icp: SAMPLE_ICP, savedAt: '2026-03-01T00:00:00.000Z' },
    { id: 'broken', ok: false, savedAt: '2026-03-01T00:00:00.000Z', problem: 'tiers: cannot be empty' },
  ],
};

export function mountIcpFromData(library: IcpLibrary = LIBRARY): CrmPage {
  const drafts: Icp[] = [];
  const sent: MessageName[] = [];
  const background = async (name: MessageName): Promise<unknown> => {
    sent.push(name);
    if (name === 'listIcps') return structuredClone(library);
    throw new Error(`the section must not send ${name}`);
  };
  vi.mocked(sendMessage).mockImplementation(background as typeof sendMessage);
  document.body.innerHTML = '<div id="root"></div>';
  const root = document.getElementById('root') as HTMLElement;
  render(<IcpFromData now={NOW} onDraft={(icp) => drafts.push(icp)} />, root);
  return {
    root,
    drafts,
    sent,
    find: <E extends Element = HTMLElement>(testId: string) =>
      root.querySelector<E>(`[data-testid="${testId}"]`),
    findAll: <E extends Element = HTMLElement>(selector: string) => [...root.querySelectorAll<E>(selector)],
  };
}

export async function pickCrmFile(page: CrmPage, file: File): Promise<void> {
  const input = await waitFor(() => page.find<HTMLInputElement>('crm-import'));
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Picks the file, waits for the column mapping, clicks Analyze and waits for the summary. */
export async function importCrmFile(page: CrmPage, file: File): Promise<void> {
  await pickCrmFile(page, file);
  const analyze = await waitFor(() => page.find<HTMLButtonElement>('crm-analyze'));
  analyze.click();
  await waitFor(() => page.find('crm-summary') ?? page.find('crm-error'));
}

export function changeValue(element: HTMLInputElement | HTMLSelectElement, value: string, event = 'change') {
  element.value = value;
  element.dispatchEvent(new Event(event, { bubbles: true }));
}

export const roleSelect = (page: CrmPage, role: string) =>
  page.root.querySelector<HTMLSelectElement>(`[data-testid=crm-role][data-role=${role}]`);

export const chosenText = (select: HTMLSelectElement | null) => select?.selectedOptions[0]?.textContent;

export const liftRow = (page: CrmPage, kind: string, attribute: string, value: string) =>
  page.root.querySelector<HTMLTableRowElement>(
    `[data-testid=lift-row][data-kind=${kind}][data-attribute=${attribute}][data-value="${value}"]`,
  );

export const liftBox = (row: Element | null) =>
  row?.querySelector<HTMLInputElement>('[data-testid=lift-select]');

/** "positive industry Financial Services" for each checked row, in table order. */
export const checkedSignals = (page: CrmPage) =>
  page
    .findAll<HTMLTableRowElement>('[data-testid=lift-row]')
    .filter((row) => liftBox(row)?.checked)
    .map((row) => `${row.dataset.kind} ${row.dataset.attribute} ${row.dataset.value}`);

export const cellsOf = (row: Element) =>
  [...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim());
