// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { rangeOfBands, SizeBandEditor } from '@/components/icp-editor/SizeBandEditor';
import type { SizeRange } from '@/lib/icp/size-band';
import { LINKEDIN_SIZE_BANDS } from '@/lib/signals/employee-range';
import { choose, click, mount, type } from './harness';

function mountBands(initial: SizeRange | undefined) {
  const m = mount<SizeRange | undefined>(initial, (value, onChange) => (
    <SizeBandEditor value={value} onChange={onChange} />
  ));
  const band = (label: string) => m.get<HTMLInputElement>(`[data-testid=size-band][data-band="${label}"]`);
  const checked = () =>
    m
      .all<HTMLInputElement>('[data-testid=size-band]')
      .flatMap((box) => (box.checked ? [box.dataset.band] : []));
  return { ...m, band, checked };
}

describe('SizeBandEditor', () => {
  it('checks the bands the range matches, and shows the span', () => {
    const m = mountBands({ min: 51, max: 1000 });
    expect(m.checked()).toEqual(['51-200', '201-500', '501-1000']);
    expect(m.get('[data-testid=size-span]').textContent).toBe('51–1,000 employees');
  });

  it('widens the range to the checked band, filling the gap', async () => {
    const m = mountBands({ min: 51, max: 200 });
    await click(m.band('1001-5000'));
    expect(m.changes.at(-1)).toEqual({ min: 51, max: 5000 });
    expect(m.checked()).toEqual(['51-200', '201-500', '501-1000', '1001-5000']);
  });

  it('drops max for the open top band and narrows again when it is unchecked', async () => {
    const m = mountBands({ min: 5001, max: 10000, match: 'contain' });
    await click(m.band('10001+'));
    expect(m.changes.at(-1)).toStrictEqual({ min: 5001, match: 'contain' });
    await click(m.band('10001+'));
    expect(m.changes.at(-1)).toStrictEqual({ min: 5001, max: 10000, match: 'contain' });
  });

  it('narrows from the bottom when the lowest band is unchecked', async () => {
    const m = mountBands({ min: 11, max: 500 });
    await click(m.band('11-50'));
    expect(m.changes.at(-1)).toEqual({ min: 51, max: 500 });
  });

  it('never empties the range: the last band stays checked', async () => {
    const m = mountBands({ min: 51, max: 200 });
    await click(m.band('51-200'));
    expect(m.changes).toEqual([]);
    expect(m.band('51-200').checked).toBe(true);
  });

  it('starts with nothing checked when there is no range, and checking a band sets one', async () => {
    const m = mountBands(undefined);
    expect(m.checked()).toEqual([]);
    expect(m.get<HTMLSelectElement>('[data-testid=size-match]').disabled).toBe(true);
    await click(m.band('2-10'));
    expect(m.changes.at(-1)).toEqual({ min: 2, max: 10 });
  });

  it('shows the part of a band a typed range covers; contain checks only whole bands', async () => {
    const m = mountBands({ min: 100, max: 3000 });
    expect(m.checked()).toEqual(['51-200', '201-500', '501-1000', '1001-5000']);
    expect(m.all('[data-testid=band-covered]').map((part) => part.textContent)).toEqual([
      ' (only 100–200)',
      ' (only 1,001–3,000)',
    ]);
    await choose(m.get('[data-testid=size-match]'), 'contain');
    expect(m.changes.at(-1)).toEqual({ min: 100, max: 3000, match: 'contain' });
    expect(m.checked()).toEqual(['201-500', '501-1000']);
  });

  it('takes a custom min and max as numbers; an empty max means no limit', async () => {
    const m = mountBands({ min: 51, max: 1000 });
    await type(m.get('[data-testid=size-min]'), '120');
    expect(m.changes.at(-1)).toEqual({ min: 120, max: 1000 });
    await type(m.get('[data-testid=size-max]'), '');
    expect(m.changes.at(-1)).toStrictEqual({ min: 120 });
    await type(m.get('[data-testid=size-min]'), '');
    expect(m.changes).toHaveLength(2);
  });
});

describe('rangeOfBands', () => {
  it('spans the lowest min to the highest max, with no max once the open band is in', () => {
    const [tiny, , small, , , , , , top] = LINKEDIN_SIZE_BANDS;
    if (!tiny || !small || !top) throw new Error('LinkedIn bands changed');
    expect(rangeOfBands([small, tiny])).toEqual({ min: 0, max: 50 });
    expect(rangeOfBands([small, top], 'overlap')).toStrictEqual({ min: 11, match: 'overlap' });
    expect(rangeOfBands([])).toBeUndefined();
  });
});
