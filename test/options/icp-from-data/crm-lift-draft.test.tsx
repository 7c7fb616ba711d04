// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { parseIcpValue } from '@/lib/icp/parse-icp-file';
import {
  changeValue,
  checkedSignals,
  csvFile,
  type CrmPage,
  importCrmFile,
  liftBox,
  liftRow,
  mountIcpFromData,
  waitFor,
} from './crm-harness';
import { plantedExport } from '../../analysis/planted-export';

vi.mock('@/lib/messaging', async (importActual) => ({
  ...(await importActual<typeof import('@/lib/messaging')>()),
  sendMessage: vi.fn(),
}));

async function analyzedPlantedExport(): Promise<CrmPage> {
  const page = mountIcpFromData();
  await importCrmFile(page, csvFile(plantedExport().csv, 'hubspot-companies.csv'));
  await waitFor(() => page.find('lift-row'));
  return page;
}

describe('IcpFromData lift tables', () => {
  it('shows the groups, and preselects the planted signals of the best customers only', async () => {
    const page = await analyzedPlantedExport();
    expect(page.find('lift-groups')?.textContent).toBe(
      'Customer base: 260 won accounts (customers and churned), 60 of them churned. Top-quartile customers: ' +
        'the best 50 of 200 current customers ranked by value, worth $100,422 or more.',
    );
    expect(checkedSignals(page)).toEqual([
      'positive employeeRange 201-500',
      'positive industry Financial Services',
    ]);
    const fs = liftRow(page, 'positive', 'industry', 'Financial Services');
    expect([...(fs?.querySelectorAll('td') ?? [])].slice(1, 6).map((cell) => cell.textContent)).toEqual([
      ...['Industry', 'Financial Services', '20 of 50 (40%)', '39 of 260 (15%)', '2.7× '],
    ]);
    // Few churned accounts are in Financial Services, which says nothing about the best customers.
    expect(fs?.querySelector('[data-testid=lift-small]')).toBeNull();
    const retail = liftRow(page, 'negative', 'industry', 'Retail');
    expect(liftBox(retail)?.checked).toBe(false);
    expect(retail?.textContent).toContain('3.3×');
    expect(page.findAll('[data-testid=lift-row][data-kind=negative]')).toHaveLength(1);
    expect(page.findAll('[data-testid=lift-coverage-row]')).toHaveLength(6);
  });

  it('shows every value on request, with small-sample warnings and revenue that cannot be chosen', async () => {
    const page = await analyzedPlantedExport();
    page.find<HTMLInputElement>('lift-show-all')?.click();
    const retail = await waitFor(() => liftRow(page, 'positive', 'industry', 'Retail'));
    expect(retail.querySelector('[data-testid=lift-small]')?.getAttribute('title')).toMatch(
      /^Only 0 of 50 top-quartile customers .* have this value\./,
    );
    const revenue = page.findAll('[data-testid=lift-row][data-kind=positive][data-attribute=revenueBand]');
    expect(revenue.length).toBeGreaterThan(0);
    for (const row of revenue) {
      expect(liftBox(row)?.disabled).toBe(true);
      expect(row.querySelector('td')?.getAttribute('title')).toContain('no page Fitcheck reads shows');
    }
    expect(checkedSignals(page)).toEqual([
      'positive employeeRange 201-500',
      'positive industry Financial Services',
    ]);
  });
});

describe('IcpFromData draft', () => {
  it('hands the page an ICP that parses and holds exactly the chosen values', async () => {
    const page = await analyzedPlantedExport();
    liftBox(liftRow(page, 'positive', 'employeeRange', '201-500'))?.click();
    liftBox(liftRow(page, 'negative', 'industry', 'Retail'))?.click();
    await waitFor(() => checkedSignals(page).length === 2);
    page.find('crm-draft')?.click();
    const [icp] = await waitFor(() => page.drafts.length === 1 && page.drafts);
    expect(parseIcpValue(icp).ok).toBe(true);
    expect(icp).toMatchObject({ name: 'ICP from CRM data 2026-03-10', reviewedAt: '2026-03-10' });
    expect(icp?.criteria.map(({ field, operator, value }) => ({ field, operator, value }))).toEqual([
      { field: 'industry', operator: 'in_list', value: ['Financial Services'] },
    ]);
    expect(icp?.disqualifiers.map(({ field, value }) => ({ field, value }))).toEqual([
      { field: 'industry', value: ['Retail'] },
    ]);
    expect(page.find('crm-draft-error')).toBeNull();
  });

  it('says why no draft can be made, and hands the page nothing', async () => {
    const page = await analyzedPlantedExport();
    for (const box of page.findAll<HTMLInputElement>(
      '[data-kind=positive] [data-testid=lift-select]:checked',
    )) {
      box.click();
    }
    await waitFor(() => checkedSignals(page).length === 0);
    page.find('crm-draft')?.click();
    const error = await waitFor(() => page.find('crm-draft-error'));
    expect(error.textContent).toBe(
      'The draft could not be made: choose at least one positive signal: an ICP needs a criterion',
    );
    expect(page.drafts).toEqual([]);
  });

  it('downloads the draft as an ICP file under the chosen name, without opening it', async () => {
    const page = await analyzedPlantedExport();
    const blobs: Blob[] = [];
    const fileNames: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:fitcheck-test';
    });
    // No navigation in the test page: the link's file name is all a click would use.
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      fileNames.push(this.download);
    });
    changeValue(page.find<HTMLInputElement>('crm-draft-name') as HTMLInputElement, 'CRM fit', 'input');
    await waitFor(() => page.find<HTMLInputElement>('crm-draft-name')?.value === 'CRM fit');
    page.find('crm-draft-download')?.click();
    await waitFor(() => blobs.length === 1);
    const parsed = parseIcpValue(JSON.parse(await (blobs[0] as Blob).text()));
    expect(parsed.ok && parsed.icp.name).toBe('CRM fit');
    expect(parsed.ok && parsed.icp.criteria.map((criterion) => criterion.field)).toEqual([
      'industry',
      'employeeRange',
    ]);
    expect(fileNames).toEqual(['crm-fit-v1.icp.json']);
    expect(page.drafts).toEqual([]);
  });
});
