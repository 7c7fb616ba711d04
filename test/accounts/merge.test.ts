import { describe, expect, it } from 'vitest';
import { collectFacts } from '@/lib/accounts/facts';
import { mergeObservation } from '@/lib/accounts/merge';
import { observation, signal } from '../helpers/signals';

const home = observation([
  signal('name', 'Acme', { seenAt: '2026-11-20T09:00:00.000Z' }),
  signal('linkedinUrl', 'https://www.linkedin.com/company/acme/'),
  signal('followers', 182000),
]);
const about = observation(
  [
    signal('name', 'Acme', { seenAt: '2026-11-20T09:01:00.000Z' }),
    signal('linkedinUrl', 'https://www.linkedin.com/company/acme/', { seenAt: '2026-11-20T09:01:00.000Z' }),
    signal('domain', 'acme.com', { seenAt: '2026-11-20T09:01:00.000Z' }),
    signal('followers', 182405, { seenAt: '2026-11-20T09:01:00.000Z' }),
  ],
  { url: 'https://www.linkedin.com/company/acme/about/', seenAt: '2026-11-20T09:01:00.000Z' },
);

describe('mergeObservation', () => {
  it('creates an account keyed by what identifies it', () => {
    const account = mergeObservation(undefined, home, 'linkedin:acme');
    expect(account).toMatchObject({ id: 'linkedin:acme', name: 'Acme', linkedinSlug: 'acme' });
    expect(account.domain).toBeUndefined();
    expect(account.firstSeenAt).toBe('2026-11-20T09:00:00.000Z');
  });

  it('replaces a field the same extractor read again and keeps the account id', () => {
    const merged = mergeObservation(
      mergeObservation(undefined, home, 'linkedin:acme'),
      about,
      'domain:acme.com',
    );
    expect(merged.id).toBe('linkedin:acme');
    expect(merged.domain).toBe('acme.com');
    expect(merged.signals.filter((s) => s.field === 'followers').map((s) => s.value)).toEqual([182405]);
    expect(merged.sources.map((s) => s.url)).toEqual([about.url, home.url]);
    expect(merged.lastSeenAt).toBe('2026-11-20T09:01:00.000Z');
  });

  it('keeps a field a later read of another tab did not see', () => {
    const later = observation([signal('name', 'Acme', { seenAt: '2026-11-20T09:02:00.000Z' })], {
      seenAt: '2026-11-20T09:02:00.000Z',
    });
    const merged = mergeObservation(mergeObservation(undefined, about, 'domain:acme.com'), later, 'x');
    expect(collectFacts(merged.signals).domain?.value).toBe('acme.com');
  });

  it('keeps what other extractors read of a list field and unions it', () => {
    const site = observation([signal('technology', ['HubSpot'], { extractorId: 'website' })]);
    const crunchbase = observation([
      signal('technology', ['Salesforce', 'hubspot'], { extractorId: 'crunchbase' }),
    ]);
    const merged = mergeObservation(mergeObservation(undefined, site, 'domain:acme.com'), crunchbase, 'x');
    expect(collectFacts(merged.signals).technology?.value).toEqual(['HubSpot', 'Salesforce']);
    expect(collectFacts(merged.signals).technology?.evidence).toHaveLength(2);
  });
});
