import { describe, expect, it } from 'vitest';
import { isSyncDue, type TeamSyncStatus } from '@/lib/icp/team-sync';

const base: TeamSyncStatus = {
  url: 'https://example.com/icp.json',
  lastAttemptAt: '2026-11-23T10:00:00.000Z',
  outcome: 'failed',
  message: 'HTTP 404',
};

describe('isSyncDue', () => {
  it.each([
    ['never tried', undefined, '2026-11-23T10:00:00Z', true],
    ['never succeeded, tried 30 minutes ago', base, '2026-11-23T10:30:00Z', false],
    ['never succeeded, tried an hour ago', base, '2026-11-23T11:00:00Z', true],
    ['synced 23 hours ago', { ...base, lastSuccessAt: base.lastAttemptAt }, '2026-11-24T09:00:00Z', false],
    ['synced a day ago', { ...base, lastSuccessAt: base.lastAttemptAt }, '2026-11-24T10:00:00Z', true],
  ])('%s', (_case, status, now, due) => {
    expect(isSyncDue(status, new Date(now))).toBe(due);
  });
});
