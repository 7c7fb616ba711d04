import { describe, expect, it } from 'vitest';
import { collectFacts } from '@/lib/accounts/facts';
import { signal } from '../helpers/signals';

const linkedin = { extractorId: 'linkedin-company', seenAt: '2026-11-01T10:00:00.000Z' };
const website = { extractorId: 'company-website', seenAt: '2026-11-20T10:00:00.000Z' };
const crunchbase = { extractorId: 'crunchbase-organization', seenAt: '2026-10-01T10:00:00.000Z' };

describe('collectFacts when sources disagree', () => {
  it('scores the most trusted source’s value and keeps the others beside it', () => {
    const facts = collectFacts([
      signal('employeeRange', '1001-5000', linkedin),
      signal('employeeRange', '501-1000', website),
    ]);
    expect(facts.employeeRange?.value).toBe('1001-5000');
    expect(facts.employeeRange?.alternatives.map((a) => [a.value, a.evidence.extractorId])).toEqual([
      ['501-1000', 'company-website'],
    ]);
  });

  it('trusts Crunchbase for funding over an older LinkedIn funding module, and the site for its domain', () => {
    const facts = collectFacts([
      signal('fundingStage', 'series_b', { ...linkedin, seenAt: '2026-11-22T10:00:00.000Z' }),
      signal('fundingStage', 'series_c', crunchbase),
      signal('domain', 'acme-old.com', linkedin),
      signal('domain', 'acme.com', website),
    ]);
    expect(facts.fundingStage?.value).toBe('series_c');
    expect(facts.domain?.value).toBe('acme.com');
  });

  it('takes the newest value among equally trusted sources, and lists no alternative for the same value', () => {
    const facts = collectFacts([
      signal('followers', 100, { extractorId: 'linkedin-company', seenAt: '2026-01-01T00:00:00.000Z' }),
      signal('followers', 120, { extractorId: 'linkedin-company-2', seenAt: '2026-06-01T00:00:00.000Z' }),
      signal('followers', 120, { extractorId: 'other', seenAt: '2026-03-01T00:00:00.000Z' }),
    ]);
    expect(facts.followers?.value).toBe(120);
    expect(facts.followers?.alternatives.map((a) => a.value)).toEqual([100]);
  });

  it('unites list fields across sources instead of choosing', () => {
    const facts = collectFacts([
      signal('technology', ['HubSpot'], website),
      signal('technology', ['Salesforce'], crunchbase),
    ]);
    expect(facts.technology?.value).toEqual(['HubSpot', 'Salesforce']);
  });
});
