// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { describeProgress } from '@/entrypoints/options/icp-from-data/use-crm-import';
import {
  changeValue,
  chosenText,
  csvFile,
  importCrmFile,
  mountIcpFromData,
  pickCrmFile,
  roleSelect,
  waitFor,
} from './crm-harness';
import { plantedExport } from '../../analysis/planted-export';

vi.mock('@/lib/messaging', async (importActual) => ({
  ...(await importActual<typeof import('@/lib/messaging')>()),
  sendMessage: vi.fn(),
}));

const PLANTED = plantedExport();

describe('IcpFromData import', () => {
  it('guesses the role of each column, and says which column ranks the customers', async () => {
    const page = mountIcpFromData();
    await pickCrmFile(page, csvFile(PLANTED.csv, 'hubspot-companies.csv'));
    await waitFor(() => roleSelect(page, 'outcome'));
    const chosen = (role: string) => chosenText(roleSelect(page, role));
    expect(chosen('outcome')).toBe('Lifecycle Stage');
    expect(chosen('ltv')).toBe('Total Revenue');
    expect(chosen('revenue')).toBe('Annual Revenue');
    expect(chosen('employees')).toBe('Number of Employees');
    expect(chosen('country')).toBe('Country/Region');
    expect(chosen('acv')).toBe('— not in the file —');
    expect(chosen('churned')).toBe('— not in the file —');
    expect(page.findAll('[data-testid=crm-role]')).toHaveLength(15);
    expect(page.find<HTMLSelectElement>('crm-metric')?.value).toBe('ltv');
    expect(page.find('crm-metric-column')?.textContent).toContain('ranked by the “Total Revenue” column');
    expect(page.find('crm-missing')).toBeNull();
    expect(page.find<HTMLButtonElement>('crm-analyze')?.disabled).toBe(false);
  });

  it('disables Analyze while the outcome or the value column is missing', async () => {
    const page = mountIcpFromData();
    await pickCrmFile(page, csvFile(PLANTED.csv));
    const outcome = await waitFor(() => roleSelect(page, 'outcome'));
    changeValue(outcome, '');
    const missing = await waitFor(() => page.find('crm-missing'));
    expect(missing.textContent).toMatch(/^Choose a column for outcome \(lifecycle stage/);
    expect(page.find<HTMLButtonElement>('crm-analyze')?.disabled).toBe(true);

    changeValue(outcome, String(columnOf('Lifecycle Stage')));
    changeValue(page.find<HTMLSelectElement>('crm-metric') as HTMLSelectElement, 'acv');
    await waitFor(() => page.find('crm-missing')?.textContent?.includes('ACV (or ARR, or MRR)'));
    expect(page.find<HTMLButtonElement>('crm-analyze')?.disabled).toBe(true);
    changeValue(roleSelect(page, 'mrr') as HTMLSelectElement, String(columnOf('Total Revenue')));
    await waitFor(() => page.find('crm-missing') === null);
    expect(page.find('crm-metric-column')?.textContent).toContain('“Total Revenue” column × 12');
    expect(page.find<HTMLButtonElement>('crm-analyze')?.disabled).toBe(false);
  });

  it('reads every row, counts the outcomes, and names the cells it could not read', async () => {
    const page = mountIcpFromData();
    const shown = new Set<string>();
    const watch = new MutationObserver(() => {
      const progress = page.find('crm-progress');
      if (progress?.querySelector('progress') && progress.textContent) shown.add(progress.textContent.trim());
    });
    watch.observe(page.root, { childList: true, subtree: true, characterData: true });
    await importCrmFile(page, csvFile(PLANTED.csv, 'hubspot-companies.csv'));
    watch.disconnect();
    expect([...shown].at(-1)).toBe('Read 363 rows (100%)');
    expect(page.find('crm-error')).toBeNull();
    expect(page.find('crm-summary')?.textContent).toBe(
      '363 rows: 200 customers, 60 churned, 80 lost, 20 open; 3 rows skipped',
    );
    const [first] = PLANTED.unreadableRevenueLines;
    expect(page.find('crm-problems')?.textContent).toBe(
      `Annual Revenue: ${PLANTED.unreadableRevenueLines.length} values could not be read, e.g. line ${first}: 'ask finance'`,
    );
    expect(page.find('crm-skipped')?.textContent).toContain(
      'line 362: "Other" in Lifecycle Stage is not an outcome',
    );
    expect(page.find('crm-progress')).toBeNull();
    expect(page.sent).not.toContain('importSuppressionList');
  });

  it('says "Read 12,400 rows (38%)" while importing', () => {
    expect(describeProgress({ rows: 12_400, percent: 38 })).toBe('Read 12,400 rows (38%)');
    expect(describeProgress({ rows: 1, percent: 0 })).toBe('Read 1 row (0%)');
  });
});

describe('IcpFromData errors', () => {
  it('names the file and the problem when the header cannot be read, and shows no mapping', async () => {
    const page = mountIcpFromData();
    await pickCrmFile(page, csvFile('', 'empty.csv'));
    const error = await waitFor(() => page.find('crm-error'));
    expect(error.textContent).toBe('empty.csv: the file is empty. Nothing was imported.');
    expect(page.find('crm-analyze')).toBeNull();
  });

  it('keeps nothing of a failed import, not even the analysis of the file before', async () => {
    const page = mountIcpFromData();
    await importCrmFile(page, csvFile(PLANTED.csv));
    await waitFor(() => page.find('lift-row'));
    const lines = PLANTED.csv.split('\n');
    const broken = [...lines.slice(0, 40), '1999,"Unclosed,customer', ...lines.slice(40)].join('\n');
    await importCrmFile(page, csvFile(broken, 'broken.csv'));
    const error = await waitFor(() => page.find('crm-error'));
    expect(error.textContent).toMatch(
      /^broken\.csv: line 41: a quoted value is never closed .*Nothing was imported\.$/,
    );
    expect(page.find('crm-summary')).toBeNull();
    expect(page.find('lift-row')).toBeNull();
    expect(page.find('crm-draft')).toBeNull();
  });
});

function columnOf(header: string): number {
  return PLANTED.csv.split('\n')[0]?.split(',').indexOf(header) ?? -1;
}
