// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { ReviewReminder } from '@/components/ReviewReminder';

function renderReminder(reviewedAt: string, now: string): HTMLElement {
  document.body.innerHTML = '<div id="root"></div>';
  const root = document.getElementById('root') as HTMLElement;
  render(<ReviewReminder reviewedAt={reviewedAt} now={new Date(now)} />, root);
  return root;
}

describe('ReviewReminder', () => {
  it('warns once the six-monthly review is due, and says how old the ICP is', () => {
    const root = renderReminder('2026-03-02', '2026-11-23T12:00:00Z');
    expect(root.querySelector('[data-testid=icp-review-due]')?.textContent).toContain('8 months ago');
  });

  it('says nothing for a recently reviewed ICP', () => {
    expect(renderReminder('2026-11-01', '2026-11-23T12:00:00Z').innerHTML).toBe('');
  });
});
