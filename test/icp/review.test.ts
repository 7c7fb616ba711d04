import { describe, expect, it } from 'vitest';
import { reviewState } from '@/lib/icp/review';

describe('reviewState', () => {
  it.each([
    ['2026-11-01', '2026-11-23T12:00:00Z', { due: false, monthsSince: 0 }],
    ['2026-05-23', '2026-11-22T23:59:59Z', { due: false, monthsSince: 5 }],
    ['2026-05-23', '2026-11-23T00:00:00Z', { due: true, monthsSince: 6 }],
    ['2025-08-31', '2026-11-23T12:00:00Z', { due: true, monthsSince: 14 }],
    ['2026-12-01', '2026-11-23T12:00:00Z', { due: false, monthsSince: 0 }],
    ['not a date', '2026-11-23T12:00:00Z', { due: false, monthsSince: 0 }],
  ])('reviewed %s, now %s', (reviewedAt, now, expected) => {
    expect(reviewState(reviewedAt, new Date(now))).toEqual(expected);
  });
});
