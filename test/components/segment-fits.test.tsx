// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { SegmentFits } from '@/components/SegmentFits';
import { DISQUALIFIED_TIER } from '@/lib/scoring/fit';

const GREEN = { id: 'green', label: 'Strong fit', badge: 'A', color: '#16a34a' };

function renderSegments(segments: Parameters<typeof SegmentFits>[0]['segments']): HTMLElement {
  document.body.innerHTML = '<div id="root"></div>';
  const root = document.getElementById('root') as HTMLElement;
  render(<SegmentFits segments={segments} />, root);
  return root;
}

describe('SegmentFits', () => {
  it('shows one line per segment with its tier, and the score unless disqualified', () => {
    const root = renderSegments([
      { icpId: 'enterprise', name: 'Enterprise', score: 84, tier: GREEN, disqualified: false },
      { icpId: 'smb', name: 'SMB', score: 90, tier: DISQUALIFIED_TIER, disqualified: true },
    ]);
    const lines = [...root.querySelectorAll('[data-testid=segment-fit]')];
    expect(lines.map((line) => [line.getAttribute('data-icp-id'), line.getAttribute('data-tier')])).toEqual([
      ['enterprise', 'green'],
      ['smb', 'disqualified'],
    ]);
    expect(lines[0]?.textContent).toBe('Enterprise: Strong fit 84');
    expect(lines[1]?.textContent).toBe('SMB: Disqualified ');
  });

  it('shows nothing when the primary ICP has no segment variants', () => {
    expect(renderSegments([]).innerHTML).toBe('');
  });
});
