import { describe, expect, it } from 'vitest';
import { ANALYSIS_ATTRIBUTES, revenueBandOf } from '@/lib/analysis/attributes';
import { account } from './account';

describe('revenueBandOf', () => {
  it.each([
    [0, '<1M'],
    [999_999, '<1M'],
    [1_000_000, '1-10M'],
    [10_000_000, '10-50M'],
    [99_999_999, '50-100M'],
    [100_000_000, '100-500M'],
    [500_000_000, '500M-1B'],
    [1_000_000_000, '1B+'],
    [-1, undefined],
    [Number.NaN, undefined],
  ])('%d dollars is %s', (revenue, band) => {
    expect(revenueBandOf(revenue)).toBe(band);
  });
});

describe('ANALYSIS_ATTRIBUTES', () => {
  it('gives every attribute but revenue a signal field', () => {
    const fields = Object.fromEntries(ANALYSIS_ATTRIBUTES.map((a) => [a.id, a.field]));
    expect(fields).toEqual({
      industry: 'industry',
      employeeRange: 'employeeRange',
      revenueBand: undefined,
      hqCountry: 'hqCountry',
      technology: 'technology',
      fundingStage: 'fundingStage',
    });
  });

  it('reads each value of an account, and none for a field it does not give', () => {
    const record = account(2, {
      industry: 'Banking',
      revenueUsd: 2e7,
      technology: ['HubSpot', ' ', 'Slack'],
    });
    const values = Object.fromEntries(ANALYSIS_ATTRIBUTES.map((a) => [a.id, a.valuesOf(record)]));
    expect(values).toEqual({
      industry: ['Banking'],
      employeeRange: [],
      revenueBand: ['10-50M'],
      hqCountry: [],
      technology: ['HubSpot', 'Slack'],
      fundingStage: [],
    });
  });
});
