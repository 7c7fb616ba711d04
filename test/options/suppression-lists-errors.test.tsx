// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FitcheckDb } from '@/lib/db';
import {
  cellsOf,
  csvFile,
  type Harness,
  mountSuppressionLists,
  NOW,
  pickFile,
  waitFor,
} from './suppression-harness';

vi.mock('@/lib/messaging', async (importActual) => ({
  ...(await importActual<typeof import('@/lib/messaging')>()),
  sendMessage: vi.fn(),
}));

const fixture = (name: string) => readFileSync(`test/fixtures/suppression/${name}`, 'utf8');
const THREE_DAYS_AGO = new Date(NOW.getTime() - 3 * 24 * 3600_000 - 60_000).toISOString();

let page: Harness;
afterEach(async () => {
  vi.unstubAllGlobals();
  await page.db.delete();
});

async function withStoredCustomers(): Promise<FitcheckDb> {
  const db = new FitcheckDb(`test-${crypto.randomUUID()}`);
  await db.suppressionLists.put({
    ...{
      id: 'customers',
      label: 'Customers',
      domains: ['acme.com', 'globex.com'],
      linkedinSlugs: ['initech'],
    },
    ...{ fileName: 'customers-2026-03.csv', importedAt: THREE_DAYS_AGO, rows: 4, skipped: 1 },
  });
  return db;
}

describe('SuppressionLists errors', () => {
  it('names the file and the line of a broken CSV, and sends nothing', async () => {
    page = mountSuppressionLists();
    await pickFile(page.root, csvFile(fixture('unclosed-quote.csv'), 'unclosed-quote.csv'));
    const error = await waitFor(() => page.find('suppression-error'));
    expect(error.textContent).toBe(
      'unclosed-quote.csv: line 17: a quoted value is never closed (a " without its closing "). Nothing was imported.',
    );
    expect(page.find('suppression-import-confirm')).toBeNull();
    expect(page.sent.map(({ name }) => name)).toEqual(['listSuppressionLists']);
  });

  it('refuses a file over 50 MB before reading it', async () => {
    page = mountSuppressionLists();
    const huge = csvFile('Domain\nacme.com\n', 'everything.csv');
    Object.defineProperty(huge, 'size', { value: 60 * 1024 * 1024 });
    await pickFile(page.root, huge);
    const error = await waitFor(() => page.find('suppression-error'));
    expect(error.textContent).toMatch(/^everything\.csv: the file is 60 MB; the limit is 50 MB/);
    expect(page.find('suppression-count')).toBeNull();
  });

  it.each([
    ['down', 'the background is not running'],
    ['refusing', 'the background did not store it'],
  ] as const)(
    'says when the background is %s, and the stored list stays as it was',
    async (state, problem) => {
      page = mountSuppressionLists(await withStoredCustomers());
      await pickFile(page.root, csvFile(fixture('salesforce-accounts.csv'), 'accounts.csv'));
      const button = await waitFor(() => page.find<HTMLButtonElement>('suppression-import-confirm'));
      page.setBackground(state);
      button.click();
      const error = await waitFor(() => page.find('suppression-error'));
      expect(error.textContent).toBe(`accounts.csv: could not be stored (${problem}). Nothing was imported.`);
      expect((await page.db.suppressionLists.get('customers'))?.domains).toEqual(['acme.com', 'globex.com']);
      expect(page.find('suppression-status')).toBeNull();
    },
  );
});

describe('SuppressionLists table', () => {
  it('shows each stored list with its id, counts, file and age', async () => {
    page = mountSuppressionLists(await withStoredCustomers());
    const row = await waitFor(() => page.root.querySelector('[data-list-id=customers]'));
    expect(cellsOf(row).slice(0, 6)).toEqual([
      ...['Customers', 'customers', '2', '1', 'customers-2026-03.csv (1 row named no company)', '3 days ago'],
    ]);
    expect(row.querySelectorAll('td')[5]?.getAttribute('title')).toBe(
      new Date(THREE_DAYS_AGO).toLocaleString(),
    );
  });

  it('offers to replace a stored list, and replaces it', async () => {
    page = mountSuppressionLists(await withStoredCustomers());
    await waitFor(() => page.root.querySelector('[data-list-id=customers]'));
    await pickFile(page.root, csvFile(fixture('salesforce-accounts.csv'), 'accounts.csv'));
    const choice = await waitFor(() => page.find<HTMLSelectElement>('suppression-list-choice'));
    expect(choice.selectedOptions[0]?.textContent).toBe('Customers (replace the imported list)');
    page.find('suppression-import-confirm')?.click();
    await waitFor(() => page.find('suppression-status'));
    const rows = await waitFor(() => {
      const found = page.root.querySelectorAll('[data-testid=suppression-list-row]');
      return found.length === 1 && cellsOf(found[0] as Element)[2] === '5' && found;
    });
    expect(cellsOf(rows[0] as Element).slice(0, 4)).toEqual(['Customers', 'customers', '5', '0']);
  });

  it('deletes a list only once the user confirms', async () => {
    page = mountSuppressionLists(await withStoredCustomers());
    const confirm = vi.fn(() => false);
    vi.stubGlobal('confirm', confirm);
    (await waitFor(() => page.find<HTMLButtonElement>('suppression-delete'))).click();
    expect(confirm).toHaveBeenCalledWith(
      expect.stringContaining('Delete the list "Customers" (3 companies)?'),
    );
    expect(page.sent.map(({ name }) => name)).not.toContain('deleteSuppressionList');

    confirm.mockReturnValue(true);
    page.find('suppression-delete')?.click();
    await waitFor(() => page.find('suppression-none'));
    expect(await page.db.suppressionLists.count()).toBe(0);
    expect(page.find('suppression-status')?.textContent).toBe('Deleted Customers');
  });
});
