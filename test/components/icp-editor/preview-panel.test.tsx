// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { formatDelta, PreviewPanel, type PreviewStatus } from '@/components/icp-editor/PreviewPanel';
import type { TierView } from '@/lib/scoring/fit';
import type { IcpPreview, TierChange } from '@/lib/scoring/preview';
import { mount } from './harness';

const STRONG: TierView = { id: 'strong', label: 'Strong fit', badge: 'A', color: '#16a34a' };
const POSSIBLE: TierView = { id: 'possible', label: 'Possible fit', badge: 'B', color: '#ca8a04' };
const POOR: TierView = { id: 'poor', label: 'Poor fit', badge: 'C', color: '#dc2626' };
const DQ: TierView = { id: 'disqualified', label: 'Disqualified', badge: 'DQ', color: '#111827' };

const change = (accountId: string, from: [TierView, number], to: [TierView, number]): TierChange => ({
  accountId,
  name: `${accountId} Inc`,
  from: { tier: from[0], score: from[1] },
  to: { tier: to[0], score: to[1] },
});

const PREVIEW: IcpPreview = {
  total: 10,
  saved: [
    { ...STRONG, count: 2 },
    { ...POSSIBLE, count: 4 },
    { ...POOR, count: 3 },
    { ...DQ, count: 1 },
  ],
  draft: [
    { ...STRONG, count: 5 },
    { ...POSSIBLE, count: 2 },
    { ...POOR, count: 2 },
    { ...DQ, count: 1 },
  ],
  changes: [change('acme', [POSSIBLE, 72], [STRONG, 85]), change('globex', [POOR, 40], [STRONG, 81])],
  changedCount: 5,
};

function mountPanel(preview: IcpPreview | undefined, status: PreviewStatus = 'ready', message?: string) {
  const m = mount(null, () => <PreviewPanel preview={preview} status={status} message={message} />);
  const panel = m.get('[data-testid=preview]');
  const rows = () => m.all('[data-testid=preview-tier]');
  return { ...m, panel, rows };
}

describe('PreviewPanel', () => {
  it('counts each draft tier against the saved ICP, in the draft’s order', () => {
    const m = mountPanel(PREVIEW);
    expect(m.panel.dataset.status).toBe('ready');
    expect(m.rows().map((row) => [row.dataset.tierId, row.dataset.saved, row.dataset.draft])).toEqual([
      ['strong', '2', '5'],
      ['possible', '4', '2'],
      ['poor', '3', '2'],
      ['disqualified', '1', '1'],
    ]);
    const deltas = m.all('.ed-preview-delta').map((cell) => cell.textContent);
    expect(deltas).toEqual(['+3', '−2', '−1', '–']);
    expect(m.rows()[0]?.querySelector('[data-testid=tier]')?.textContent).toBe('Strong fit');
  });

  it('sizes each bar by its share of all accounts', () => {
    const m = mountPanel(PREVIEW);
    const widths = [...(m.rows()[0] as HTMLElement).querySelectorAll<HTMLElement>('.ed-preview-bar')].map(
      (bar) => bar.style.width,
    );
    expect(widths).toEqual(['20%', '50%']);
  });

  it('keeps the accounts of a tier the draft drops in view', () => {
    const draft = PREVIEW.draft.filter((tier) => tier.id !== 'possible');
    const m = mountPanel({ ...PREVIEW, draft });
    const last = m.rows().at(-1) as HTMLElement;
    expect([last.dataset.tierId, last.dataset.saved, last.dataset.draft]).toEqual(['possible', '4', '0']);
  });

  it('lists the accounts that change tier, and how many more there are', () => {
    const m = mountPanel(PREVIEW);
    const count = m.get('[data-testid=preview-changes-count]');
    expect(count.dataset.count).toBe('5');
    expect(count.textContent).toBe('5 of 10 accounts would change tier');
    const changes = m.all('[data-testid=preview-change]');
    expect(changes.map((item) => [item.dataset.accountId, item.dataset.from, item.dataset.to])).toEqual([
      ['acme', 'possible', 'strong'],
      ['globex', 'poor', 'strong'],
    ]);
    expect(changes[0]?.textContent).toBe('acme Inc Possible fit 72 → Strong fit 85');
    expect(m.get('[data-testid=preview-changes-more]').textContent).toBe('and 3 more');
  });

  it('says nothing more when every change is listed', () => {
    const m = mountPanel({ ...PREVIEW, changedCount: 2 });
    expect(m.all('[data-testid=preview-changes-more]')).toHaveLength(0);
  });

  it('hides the saved column for a new ICP', () => {
    const { saved: _saved, ...fresh } = PREVIEW;
    const m = mountPanel({ ...fresh, changes: [], changedCount: 0 });
    expect(m.panel.textContent).toContain('New ICP: nothing saved to compare with');
    expect(m.rows().map((row) => row.dataset.saved)).toEqual(['', '', '', '']);
    expect(m.all('th[scope=col]').map((th) => th.textContent)).toEqual(['Tier', 'Draft']);
    expect(m.all('.ed-preview-delta')).toHaveLength(0);
    expect(m.all('[data-testid=preview-changes-count]')).toHaveLength(0);
  });

  it('asks for company pages when no account has been seen', () => {
    const m = mountPanel({ ...PREVIEW, total: 0, changes: [], changedCount: 0 });
    expect(m.panel.textContent).toBe(
      'No accounts yet: open a few company pages and the preview shows how they would move.',
    );
    expect(m.rows()).toHaveLength(0);
  });

  it('asks for the problems to be fixed while the draft is invalid', () => {
    const m = mountPanel(PREVIEW, 'invalid', 'tiers[1].minScore: must be 100 or less');
    expect(m.panel.textContent).toBe(
      'Fix the problems marked in the editor to see the preview. tiers[1].minScore: must be 100 or less',
    );
    expect(m.rows()).toHaveLength(0);
  });

  it('keeps the last preview, dimmed and busy, while loading', () => {
    const m = mountPanel(PREVIEW, 'loading');
    expect(m.panel.getAttribute('aria-busy')).toBe('true');
    expect(m.panel.classList.contains('ed-preview-busy')).toBe(true);
    expect(m.rows()).toHaveLength(4);
    expect(mountPanel(PREVIEW).panel.getAttribute('aria-busy')).toBe('false');
    expect(mountPanel(undefined, 'loading').panel.textContent).toBe('Working out the preview…');
  });

  it('says when the preview could not be worked out', () => {
    const m = mountPanel(PREVIEW, 'error', 'Error: the background did not answer');
    expect(m.panel.textContent).toContain('could not be worked out. Error: the background did not answer');
    expect(m.rows()).toHaveLength(0);
  });

  it('writes differences with a plus, a minus sign or a dash', () => {
    expect([formatDelta(3), formatDelta(-2), formatDelta(0)]).toEqual(['+3', '−2', '–']);
  });
});
