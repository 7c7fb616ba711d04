import { describe, expect, it } from 'vitest';
import { recordEdit, redo, startHistory, undo } from '@/lib/icp/editor/draft-history';

describe('draft history', () => {
  it('undoes and redoes edits in order, and a new edit drops what was undone', () => {
    let history = startHistory('a');
    history = recordEdit(history, 'ab', 'name', 0);
    history = recordEdit(history, 'ab!', 'weight', 10);
    expect(undo(history).present).toBe('ab');
    expect(undo(undo(history)).present).toBe('a');
    expect(redo(undo(undo(history))).present).toBe('ab');
    const branched = recordEdit(undo(history), 'abc', 'other', 20);
    expect(branched.future).toEqual([]);
    expect(redo(branched).present).toBe('abc');
  });

  it('folds keystrokes into one input into a single step, but not after a pause or in another input', () => {
    let history = startHistory('');
    history = recordEdit(history, 'A', 'label', 0);
    history = recordEdit(history, 'Ac', 'label', 300);
    history = recordEdit(history, 'Acm', 'label', 600);
    expect(undo(history).present).toBe('');
    const afterPause = recordEdit(history, 'Acme', 'label', 5000);
    expect(undo(afterPause).present).toBe('Acm');
    const otherInput = recordEdit(history, 'Acm.', 'rationale', 700);
    expect(undo(otherInput).present).toBe('Acm');
  });

  it('does nothing at either end, and ignores an edit that changes nothing', () => {
    const history = startHistory({ n: 1 });
    expect(undo(history)).toBe(history);
    expect(redo(history)).toBe(history);
    expect(recordEdit(history, history.present)).toBe(history);
  });

  it('keeps at most 100 steps', () => {
    let history = startHistory(0);
    for (let n = 1; n <= 150; n++) history = recordEdit(history, n, undefined, n);
    expect(history.past).toHaveLength(100);
    expect(history.past[0]).toBe(50);
  });
});
