import { describe, expect, it } from 'vitest';
import {
  completeObservation,
  withPersonSeniority,
  withRegistrableDomains,
} from '@/lib/accounts/complete-observation';
import type { Observation, Signal } from '@/lib/signals/vocabulary';

const evidence = {
  url: 'https://careers.acme.co.uk/jobs',
  extractorId: 'company-website',
  seenAt: '2026-11-23T10:00:00.000Z',
  sourceText: 'careers.acme.co.uk',
};
const name: Signal = { field: 'name', value: 'Acme', evidence };

describe('withRegistrableDomains', () => {
  it('reduces a site host to its registrable domain and keeps its evidence', () => {
    expect(
      withRegistrableDomains([{ field: 'domain', value: 'careers.acme.co.uk', evidence }, name]),
    ).toEqual([{ field: 'domain', value: 'acme.co.uk', evidence }, name]);
  });

  it('drops a host whose suffix is no public suffix, and keeps the rest of the read', () => {
    expect(withRegistrableDomains([{ field: 'domain', value: 'intranet.corp', evidence }, name])).toEqual([
      name,
    ]);
  });
});

describe('withPersonSeniority', () => {
  const titleEvidence = { ...evidence, extractorId: 'linkedin-profile', sourceText: 'VP of Sales' };
  const title: Signal = { field: 'personTitle', value: 'VP of Sales', evidence: titleEvidence };

  it('reads the seniority from the title, with the title as evidence', () => {
    expect(withPersonSeniority([title])).toEqual([
      title,
      { field: 'seniority', value: 'vp', evidence: titleEvidence },
    ]);
  });

  it('adds nothing without a title, or when the read already has a seniority', () => {
    expect(withPersonSeniority([name])).toEqual([name]);
    const given: Signal = { field: 'seniority', value: 'director', evidence };
    expect(withPersonSeniority([title, given])).toEqual([title, given]);
  });
});

describe('completeObservation', () => {
  it('leaves a read that needs nothing as it is', () => {
    const read: Observation = { url: evidence.url, seenAt: evidence.seenAt, pageKind: 'x', signals: [name] };
    expect(completeObservation(read)).toBe(read);
  });
});
