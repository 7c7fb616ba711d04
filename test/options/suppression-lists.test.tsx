// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  cellsOf,
  csvFile,
  type Harness,
  importCalls,
  importedList,
  mountSuppressionLists,
  pickFile,
  waitFor,
} from './suppression-harness';

vi.mock('@/lib/messaging', async (importActual) => ({
  ...(await importActual<typeof import('@/lib/messaging')>()),
  sendMessage: vi.fn(),
}));

const HUBSPOT = readFileSync('test/fixtures/suppression/hubspot-companies.csv', 'utf8');

let page: Harness;
afterEach(() => page.db.delete());

const checkedColumns = () =>
  [...page.root.querySelectorAll<HTMLInputElement>('[data-testid=csv-column]')]
    .filter((box) => box.checked)
    .map((box) => box.dataset.column);

async function changeValue(element: HTMLInputElement | HTMLSelectElement, value: string, event: string) {
  element.value = value;
  element.dispatchEvent(new Event(event, { bubbles: true }));
}

describe('SuppressionLists import', () => {
  it('pre-picks the identity columns, counts the companies, and imports them', async () => {
    page = mountSuppressionLists();
    await pickFile(page.root, csvFile(HUBSPOT));
    const count = await waitFor(() => page.find('suppression-count'));
    expect(checkedColumns()).toEqual(['Company Domain Name', 'Website URL', 'LinkedIn Company Page']);
    expect(count.textContent).toBe('44 companies (32 domains, 12 LinkedIn pages); 7 rows skipped');
    expect(page.find('suppression-skipped')?.textContent).toContain('line 6: N/A | N/A | N/A');

    page.find('suppression-import-confirm')?.click();
    const status = await waitFor(() => page.find('suppression-status'));
    expect(status.textContent).toBe('Imported 44 companies into Customers');
    expect(importedList(page)).toMatchObject({
      ...{ id: 'customers', label: 'Customers', fileName: 'hubspot-companies.csv', rows: 40, skipped: 7 },
      importedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    expect(importedList(page)?.domains).toHaveLength(32);
    expect(importedList(page)?.domains).toContain('globex.com');
    expect(importedList(page)?.linkedinSlugs).toContain('tyrell-corp');
    const row = await waitFor(() => page.root.querySelector('[data-list-id=customers]'));
    expect(cellsOf(row).slice(0, 4)).toEqual(['Customers', 'customers', '32', '12']);
    expect(page.find('suppression-import-confirm')).toBeNull();
  });

  it('recounts when a column is unchecked, and cannot import with no column checked', async () => {
    page = mountSuppressionLists();
    await pickFile(page.root, csvFile(HUBSPOT));
    await waitFor(() => page.find('suppression-count'));
    page.root.querySelector<HTMLInputElement>('[data-column="LinkedIn Company Page"]')?.click();
    const count = await waitFor(() => page.find('suppression-count'));
    await waitFor(() => count.textContent?.includes('0 LinkedIn pages'));
    expect(count.textContent).toBe('32 companies (32 domains, 0 LinkedIn pages); 7 rows skipped');
    for (const box of page.root.querySelectorAll<HTMLInputElement>('[data-testid=csv-column]:checked')) {
      box.click();
    }
    const button = await waitFor(() => page.find<HTMLButtonElement>('suppression-import-confirm'));
    await waitFor(() => button.disabled);
    button.click();
    expect(importCalls(page)).toEqual([]);
  });

  it('imports into a new list named by the user, under an id derived from the name', async () => {
    page = mountSuppressionLists();
    await pickFile(page.root, csvFile(HUBSPOT));
    const choice = await waitFor(() => page.find<HTMLSelectElement>('suppression-list-choice'));
    await changeValue(choice, '(other)', 'change');
    const label = await waitFor(() => page.find<HTMLInputElement>('suppression-list-label'));
    await changeValue(label, 'Key accounts (EMEA)', 'input');
    await waitFor(() => page.find('suppression-list-id')?.textContent?.includes('key-accounts-emea'));
    page.find('suppression-import-confirm')?.click();
    await waitFor(() => page.find('suppression-status'));
    expect(importedList(page)).toMatchObject({ id: 'key-accounts-emea', label: 'Key accounts (EMEA)' });
  });

  it('reads a UTF-16 text export from Excel', async () => {
    page = mountSuppressionLists();
    const text = '\uFEFFName\tWebsite\r\nAcme\tacme.com\r\nGlobex\twww.globex.com\r\n';
    await pickFile(page.root, csvFile(Uint8Array.from(Buffer.from(text, 'utf16le')), 'accounts.txt'));
    const count = await waitFor(() => page.find('suppression-count'));
    expect(count.textContent).toBe('2 companies (2 domains, 0 LinkedIn pages); 0 rows skipped');
    expect(checkedColumns()).toEqual(['Website']);
  });
});
