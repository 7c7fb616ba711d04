// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { AnalysisAccount, Outcome } from '@/lib/analysis/analysis-account';
import type { IcpLibrary } from '@/lib/icp/icp-library';
import { ACCOUNTS, icpWith, INDUSTRY } from '../../analysis/backtest-fixture';
import { cellsOf, csvFile, importCrmFile, mountIcpFromData, waitFor } from './crm-harness';
import { plantedExport } from '../../analysis/planted-export';

vi.mock('@/lib/messaging', async (importActual) => ({
  ...(await importActual<typeof import('@/lib/messaging')>()),
  sendMessage: vi.fn(),
}));

const STAGES: Record<Outcome, string> = {
  customer: 'customer',
  churned: 'Former Customer',
  lost: 'Closed Lost',
  open: 'lead',
};

/** The hand-scored accounts of backtest-fixture.ts as a CRM export. */
function fixtureCsv(accounts: readonly AnalysisAccount[]): string {
  const rows = accounts.map((account) =>
    [
      ...[`Company ${account.line}`, account.industry ?? '', account.hqCountry ?? ''],
      ...[account.technology.join('; '), STAGES[account.outcome], account.value?.toString() ?? ''],
    ].join(','),
  );
  return ['Company name,Industry,Country,Technologies,Lifecycle Stage,Total Revenue', ...rows].join('\n');
}

const options = (select: HTMLSelectElement | null) =>
  [...(select?.options ?? [])].map((option) => option.text);
const tierIds = (root: HTMLElement) =>
  [...root.querySelectorAll<HTMLElement>('[data-testid=backtest-tier]')].map((row) => row.dataset.tierId);

describe('IcpFromData backtest', () => {
  it('backtests the draft just made, tier by tier, and names the criteria that do not separate', async () => {
    const page = mountIcpFromData();
    await importCrmFile(page, csvFile(plantedExport().csv));
    (await waitFor(() => page.find<HTMLElement>('crm-draft'))).click();
    const select = await waitFor(() => page.find<HTMLSelectElement>('crm-backtest-icp'));
    await waitFor(() => select.value === 'draft' && select.options.length === 2);
    expect(options(select)).toEqual([
      'Draft: ICP from CRM data 2026-03-10 (not saved)',
      'Mid-market B2B SaaS (sample) (version 1, primary)',
    ]);
    page.find('crm-backtest')?.click();
    const verdict = await waitFor(() => page.find<HTMLElement>('backtest-verdict'));
    expect(tierIds(page.root)).toEqual(['strong-fit', 'possible-fit', 'poor-fit', 'disqualified']);
    const strong = page.root.querySelector('[data-tier-id=strong-fit]') as Element;
    expect(cellsOf(strong)).toEqual(['Strong fit', '9', '7', '1', '1', '88%', '0%', '$156,195']);
    expect(verdict.dataset.separates).toBe('false');
    expect(verdict.textContent).toBe(
      'ICP accounts win 1.1× as often as the others (88% vs 76%), less than 2×: ' +
        'the ICP does not separate winners from losers.',
    );
    const weak = page.findAll('[data-testid=backtest-weak-criterion]');
    expect(weak.map((item) => item.dataset.criterionId)).toEqual(['industry', 'company-size']);
    expect(weak[0]?.textContent).toMatch(
      /^Industry: Financial Services: matched accounts win 89% \(\d+ of \d+ decided\)/,
    );
  });

  it('backtests a stored ICP, leaves out the unreadable ones, and says when the ICP separates', async () => {
    const stored = { ...icpWith([INDUSTRY]), name: 'Financial services' };
    const library: IcpLibrary = {
      primaryId: stored.id,
      entries: [
        { id: stored.id, ok: true, icp: stored, savedAt: '2026-03-01T00:00:00.000Z' },
        { id: 'old', ok: false, savedAt: '2026-03-01T00:00:00.000Z', problem: 'format: unknown' },
      ],
    };
    const page = mountIcpFromData(library);
    await importCrmFile(page, csvFile(fixtureCsv(ACCOUNTS), 'accounts.csv'));
    expect(page.find('crm-summary')?.textContent).toBe(
      '18 rows: 6 customers, 2 churned, 8 lost, 2 open; 0 rows skipped',
    );
    const select = await waitFor(() => page.find<HTMLSelectElement>('crm-backtest-icp'));
    await waitFor(() => select.options.length === 1);
    expect(options(select)).toEqual(['Financial services (version 1, primary)']);
    page.find('crm-backtest')?.click();
    const verdict = await waitFor(() => page.find<HTMLElement>('backtest-verdict'));
    expect(verdict.dataset.separates).toBe('true');
    expect(verdict.textContent).toMatch(/^ICP accounts win 2\.1× as often as the others \(71% vs 33%\)/);
    expect(tierIds(page.root)).toEqual(['strong', 'possible', 'poor', 'disqualified']);
    expect(cellsOf(page.root.querySelector('[data-tier-id=disqualified]') as Element).slice(0, 5)).toEqual([
      ...['Disqualified', '2', '1', '1', '0'],
    ]);
    expect(page.findAll('[data-testid=backtest-weak-criterion]')).toEqual([]);
    expect(page.sent).toEqual(['listIcps']);
  });
});
