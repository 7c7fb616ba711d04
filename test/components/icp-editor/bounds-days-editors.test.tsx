// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { type Bounds, BoundsEditor } from '@/components/icp-editor/BoundsEditor';
import { DaysEditor } from '@/components/icp-editor/DaysEditor';
import { parseNumberInput } from '@/components/icp-editor/NumberField';
import { click, mount, type } from './harness';

describe('BoundsEditor', () => {
  const mountBounds = (initial: Bounds) =>
    mount<Bounds>(initial, (value, onChange) => <BoundsEditor value={value} onChange={onChange} />);

  it('emits numbers, and an emptied side as no bound at all', async () => {
    const m = mountBounds({ min: 1 });
    await type(m.get('[data-testid=bound-max]'), '50');
    expect(m.changes.at(-1)).toStrictEqual({ min: 1, max: 50 });
    await type(m.get('[data-testid=bound-min]'), '');
    expect(m.changes.at(-1)).toStrictEqual({ max: 50 });
    expect(m.get<HTMLInputElement>('[data-testid=bound-min]').value).toBe('');
  });

  it('labels both inputs', () => {
    const m = mountBounds({});
    for (const id of ['bound-min', 'bound-max']) {
      expect(m.get(`[data-testid=${id}]`).closest('label')?.textContent).toMatch(/At (least|most)/);
    }
  });
});

describe('DaysEditor', () => {
  const mountDays = (initial: number | undefined) =>
    mount<number | undefined>(initial, (value, onChange) => <DaysEditor value={value} onChange={onChange} />);

  it('sets the period from a preset and marks the chosen one', async () => {
    const m = mountDays(365);
    const presets = m.all('[data-testid=days-preset]');
    expect(presets.map((button) => button.dataset.days)).toEqual(['90', '180', '365', '730']);
    expect(m.get('[data-days="365"]').getAttribute('aria-pressed')).toBe('true');
    await click(m.get('[data-days="730"]'));
    expect(m.changes).toEqual([730]);
    expect(m.get<HTMLInputElement>('[data-testid=days]').value).toBe('730');
    expect(m.get('[data-days="730"]').getAttribute('aria-pressed')).toBe('true');
  });

  it('takes a typed number and ignores an emptied input', async () => {
    const m = mountDays(undefined);
    await type(m.get('[data-testid=days]'), '45');
    await type(m.get('[data-testid=days]'), '');
    expect(m.changes).toEqual([45]);
  });
});

describe('parseNumberInput', () => {
  it('reads numbers and treats empty or unreadable text as no number, not 0', () => {
    expect(parseNumberInput(' 42 ')).toBe(42);
    expect(parseNumberInput('0')).toBe(0);
    expect(parseNumberInput('')).toBeUndefined();
    expect(parseNumberInput('  ')).toBeUndefined();
    expect(parseNumberInput('abc')).toBeUndefined();
    expect(parseNumberInput('Infinity')).toBeUndefined();
  });
});
