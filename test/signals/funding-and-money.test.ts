import { describe, expect, it } from 'vitest';
import { normalizeFundingStage } from '@/lib/signals/funding-stage';
import { parseUsdAmount } from '@/lib/signals/money';

describe('normalizeFundingStage', () => {
  it.each([
    ['Series C', 'series_c'],
    ['series_b', 'series_b'],
    ['Series J', 'series_j'],
    ['Pre-seed', 'pre_seed'],
    ['Pre seed', 'pre_seed'],
    ['Seed', 'seed'],
    ['Angel', 'seed'],
    ['Post-IPO equity', 'post_ipo'],
    ['Post IPO debt', 'post_ipo'],
    ['IPO', 'ipo'],
    ['Private equity', 'private_equity'],
    ['Debt financing', 'debt'],
    ['Grant', 'grant'],
    ['Corporate round', 'other'],
  ])('%s -> %s', (text, stage) => {
    expect(normalizeFundingStage(text)).toBe(stage);
  });

  it.each(['Series K', 'Seedling Labs raised', '', 'We are hiring', 'Series'])('%s -> unknown', (text) => {
    expect(normalizeFundingStage(text)).toBeUndefined();
  });
});

describe('parseUsdAmount', () => {
  it.each([
    ['US$ 85.0M', 85_000_000],
    ['$120M', 120_000_000],
    ['$1.2B', 1_200_000_000],
    ['USD 3,000,000', 3_000_000],
  ])('%s -> %d', (text, amount) => {
    expect(parseUsdAmount(text)).toBe(amount);
  });

  it.each(['€5M', 'CA$ 10M', 'A$ 2M', '85M', 'GBP 4M', ''])('%s -> unknown (not US dollars)', (text) => {
    expect(parseUsdAmount(text)).toBeUndefined();
  });
});
