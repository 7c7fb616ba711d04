// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { describeTierScale, TiersEditor } from '@/components/icp-editor/TiersEditor';
import type { IcpIssue } from '@/lib/icp/parse-icp-file';
import type { Tier } from '@/lib/icp/schema';
import { click, flush, mount, type } from './harness';

const TIERS: Tier[] = [
  { id: 'strong', label: 'Strong fit', badge: 'A', minScore: 80, color: '#16a34a' },
  { id: 'possible', label: 'Possible fit', badge: 'B', minScore: 60, color: '#ca8a04' },
  { id: 'poor', label: 'Poor fit', badge: 'C', minScore: 0, color: '#dc2626' },
];
const NEW_TIER: Tier = { id: 'tier', label: 'New tier', badge: 'N', minScore: 50, color: '#2563eb' };

type Call = ['change', number, Partial<Tier>] | ['add'] | ['remove', number];

/** Holds the tiers the way the container does (draft-edits), and records every call. */
function mountTiers(initial: Tier[] = TIERS, issues: IcpIssue[] = []) {
  const calls: Call[] = [];
  const m = mount<Tier[]>(initial, (tiers, set) => (
    <TiersEditor
      tiers={tiers}
      issues={issues}
      onChange={(index, patch) => {
        calls.push(['change', index, patch]);
        set(tiers.map((tier, at) => (at === index ? { ...tier, ...patch } : tier)));
      }}
      onAdd={() => {
        calls.push(['add']);
        set([...tiers, NEW_TIER]);
      }}
      onRemove={(index) => {
        calls.push(['remove', index]);
        set(tiers.filter((_, at) => at !== index));
      }}
    />
  ));
  const row = (index: number) => m.all('[data-testid=tier-row]')[index] as HTMLElement;
  const input = (index: number, testId: string) =>
    row(index).querySelector(`[data-testid=${testId}]`) as HTMLInputElement;
  return { ...m, calls, row, input };
}

const scaleText = (m: ReturnType<typeof mountTiers>) =>
  m.root.querySelector('[data-testid=tier-scale]')?.textContent ?? null;

describe('TiersEditor', () => {
  it('shows one labelled row per tier, in array order', () => {
    const m = mountTiers();
    const rows = m.all('[data-testid=tier-row]');
    expect(rows.map((row) => row.dataset.tierId)).toEqual(['strong', 'possible', 'poor']);
    expect(m.input(1, 'tier-label').value).toBe('Possible fit');
    expect(m.input(1, 'tier-badge').maxLength).toBe(4);
    expect(m.input(1, 'tier-min-score').value).toBe('60');
    expect(m.input(1, 'tier-color').type).toBe('color');
    for (const input of m.all<HTMLInputElement>('input')) {
      expect(input.getAttribute('aria-label')).toMatch(/^Tier \d (label|badge|min score|colour)$/);
    }
    const hint = document.getElementById(m.input(0, 'tier-badge').getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toBe('toolbar badge, 1–4 characters');
  });

  it('emits a patch of the edited field for the edited row', async () => {
    const m = mountTiers();
    await type(m.input(1, 'tier-label'), 'Maybe');
    await type(m.input(2, 'tier-badge'), 'D');
    await type(m.input(0, 'tier-color'), '#000000');
    await type(m.input(1, 'tier-min-score'), '65');
    expect(m.calls).toEqual([
      ['change', 1, { label: 'Maybe' }],
      ['change', 2, { badge: 'D' }],
      ['change', 0, { color: '#000000' }],
      ['change', 1, { minScore: 65 }],
    ]);
  });

  it('previews the badge as a chip in the chosen colour', async () => {
    const m = mountTiers();
    await type(m.input(0, 'tier-badge'), 'TOP');
    await type(m.input(0, 'tier-color'), '#123456');
    const chip = m.row(0).querySelector('[data-testid=tier-chip]') as HTMLElement;
    expect(chip.textContent).toBe('TOP');
    expect(chip.getAttribute('style')).toMatch(/#123456|rgb\(18, 52, 86\)/);
  });

  it('keeps the score of an emptied min score input, and puts it back on blur', async () => {
    const m = mountTiers();
    const score = m.input(1, 'tier-min-score');
    await type(score, '');
    expect(m.calls).toEqual([]);
    score.dispatchEvent(new Event('blur'));
    await flush();
    expect(score.value).toBe('60');
  });

  it('adds and removes tiers, but never the last one', async () => {
    const m = mountTiers();
    await click(m.get('[data-testid=tier-add]'));
    expect(m.all('[data-testid=tier-row]')).toHaveLength(4);
    await click(m.input(1, 'tier-remove'));
    expect(m.all('[data-testid=tier-row]').map((row) => row.dataset.tierId)).toEqual([
      'strong',
      'poor',
      'tier',
    ]);
    expect(m.calls).toEqual([['add'], ['remove', 1]]);

    const single = mountTiers([NEW_TIER]);
    const remove = single.input(0, 'tier-remove');
    expect(remove.disabled).toBe(true);
    await click(remove);
    expect(single.calls).toEqual([]);
  });

  it('reads the tiers as a score scale, lowest first, and drops it while two tiers start together', async () => {
    const m = mountTiers();
    expect(scaleText(m)).toBe('0–59 Poor fit · 60–79 Possible fit · 80–100 Strong fit');
    await type(m.input(1, 'tier-min-score'), '80');
    expect(scaleText(m)).toBeNull();
    await type(m.input(1, 'tier-min-score'), '70');
    expect(scaleText(m)).toBe('0–69 Poor fit · 70–79 Possible fit · 80–100 Strong fit');
  });

  it('describes single-score and out-of-range scales honestly', () => {
    const tier = (label: string, minScore: number): Tier => ({ ...NEW_TIER, label, minScore });
    expect(describeTierScale([tier('All', 0)])).toBe('0–100 All');
    expect(describeTierScale([tier('Top', 100), tier('Rest', 0)])).toBe('0–99 Rest · 100 Top');
    expect(describeTierScale([tier('High', 50)])).toBeUndefined();
    expect(describeTierScale([tier('Low', 0), tier('Over', 120)])).toBeUndefined();
  });

  it('shows each issue beside the row and input it is about', () => {
    const issues: IcpIssue[] = [
      { path: 'tiers[1].minScore', message: 'tiers strong and possible overlap: both start at 80' },
      { path: 'tiers[2].id', message: 'tier id "strong" is used twice' },
      { path: 'tiers', message: 'no tier starts at 0' },
    ];
    const m = mountTiers(TIERS, issues);
    const scoreCell = m.input(1, 'tier-min-score').closest('td') as HTMLElement;
    expect(scoreCell.textContent).toContain('both start at 80');
    expect(m.row(0).textContent).not.toContain('overlap');
    const labelCell = m.input(2, 'tier-label').closest('td') as HTMLElement;
    expect(labelCell.textContent).toContain('is used twice');
    const listIssues = m.all('[data-testid=field-issue][data-path=tiers]');
    expect(listIssues).toHaveLength(1);
    expect(listIssues[0]?.closest('table')).toBeNull();
    expect(m.all('[data-testid=field-issue]')).toHaveLength(3);
  });
});
