import { describe, expect, it } from 'vitest';
import { SAMPLE_ICP } from '@/lib/icp/sample-icp';
import type { Icp } from '@/lib/icp/schema';
import type { Fit } from '@/lib/scoring/fit';
import { score } from '@/lib/scoring/score';
import type { Signal } from '@/lib/signals/vocabulary';
import { signal } from '../helpers/signals';

const NOW = new Date('2026-11-23T12:00:00Z');

/** What the LinkedIn company page shows: no technology. */
const LINKEDIN_ONLY: Signal[] = [
  signal('name', 'Acme'),
  signal('industry', 'Software Development'),
  signal('employeeRange', '1001-5000'),
  signal('hqCountry', 'US'),
  signal('fundingStage', 'series_c'),
  signal('lastFundingDate', '2026-06-12'),
];

const WEBSITE_TECH = signal('technology', ['Salesforce', 'Google Analytics'], {
  extractorId: 'website-technology',
  url: 'https://acme.com/',
});

function statuses(fit: Fit): Record<string, string> {
  return Object.fromEntries(
    [...fit.criteria, ...fit.disqualifiers].map((result) => [result.id, result.status]),
  );
}

function replaced(signals: Signal[], replacement: Signal): Signal[] {
  return [...signals.filter((s) => s.field !== replacement.field), replacement];
}

describe('score against the sample ICP', () => {
  it.each([
    {
      name: 'everything matched',
      signals: [...LINKEDIN_ONLY, WEBSITE_TECH, signal('domain', 'acme.com')],
      score: 100,
      coverage: 1,
      ceiling: 100,
      tier: 'green',
    },
    { name: 'LinkedIn only', signals: LINKEDIN_ONLY, score: 80, coverage: 0.8, ceiling: 100, tier: 'green' },
    {
      name: 'wrong country and an old round',
      signals: replaced(
        replaced(LINKEDIN_ONLY, signal('hqCountry', 'DE')),
        signal('lastFundingDate', '2024-03'),
      ),
      score: 50,
      coverage: 0.8,
      ceiling: 70,
      tier: 'red',
    },
    {
      name: 'a size band that only overlaps the range',
      signals: [...replaced(LINKEDIN_ONLY, signal('employeeRange', '51-200')), WEBSITE_TECH],
      score: 100,
      coverage: 1,
      ceiling: 100,
      tier: 'green',
    },
    {
      name: 'a size band outside the range',
      signals: [...replaced(LINKEDIN_ONLY, signal('employeeRange', '10001+')), WEBSITE_TECH],
      score: 80,
      coverage: 1,
      ceiling: 80,
      tier: 'yellow',
    },
    { name: 'no signals at all', signals: [], score: 0, coverage: 0, ceiling: 100, tier: 'red' },
  ])('$name -> $score, $tier', ({ name: _name, signals, ...expected }) => {
    const fit = score({ signals }, SAMPLE_ICP, NOW);
    expect({ score: fit.score, coverage: fit.coverage, ceiling: fit.ceiling, tier: fit.tier.id }).toEqual(
      expected,
    );
    expect(fit.disqualified).toBe(false);
  });

  it('shows technology as unknown, not missed, on a LinkedIn-only view', () => {
    const fit = score({ signals: LINKEDIN_ONLY }, SAMPLE_ICP, NOW);
    expect(statuses(fit)).toEqual({
      industry: 'matched',
      'company-size': 'matched',
      'hq-country': 'matched',
      'crm-stack': 'unknown',
      'funding-stage': 'matched',
      'recent-funding': 'matched',
      competitor: 'unknown',
      'unserved-country': 'clear',
    });
    const crm = fit.criteria.find((criterion) => criterion.id === 'crm-stack');
    expect(crm).toMatchObject({ expected: 'any of Salesforce, HubSpot, Marketo', evidence: [] });
    expect(crm?.actual).toBeUndefined();
    expect(fit.tier).toEqual({ id: 'green', label: 'Strong fit', badge: 'A', color: '#16a34a' });
  });

  it('says what was expected and what was read, in words', () => {
    const fit = score({ signals: LINKEDIN_ONLY }, SAMPLE_ICP, NOW);
    const readings = fit.criteria.map(({ id, expected, actual }) => [id, expected, actual]);
    expect(readings).toEqual([
      [
        'industry',
        'one of Software Development, Financial Services, IT Services and IT Consulting',
        'Software Development',
      ],
      ['company-size', '100–3,000 employees (band overlaps)', '1,001–5,000 employees'],
      ['hq-country', 'one of US, GB, CA', 'US'],
      ['crm-stack', 'any of Salesforce, HubSpot, Marketo', undefined],
      ['funding-stage', 'one of Series B, Series C, Series D, Series E', 'Series C'],
      ['recent-funding', 'within the last 365 days', '2026-06-12'],
    ]);
  });

  it('keeps a missed must-have out of the top tier without changing the score', () => {
    const signals = [
      ...replaced(LINKEDIN_ONLY, signal('industry', 'Hospitals and Health Care')),
      WEBSITE_TECH,
    ];
    const fit = score({ signals }, SAMPLE_ICP, NOW);
    expect(fit.score).toBe(80);
    expect(fit.tier.id).toBe('yellow');
    expect(fit.cappedByMustHave).toEqual(['industry']);
    expect(fit.criteria[0]).toMatchObject({
      status: 'missed',
      actual: 'Hospitals and Health Care',
      mustHave: true,
    });
  });

  it('disqualifies a competitor whatever its score, and keeps the evidence of the hit', () => {
    const domain = signal('domain', 'quotaly.io', {
      extractorId: 'linkedin-about',
      url: 'https://www.linkedin.com/company/quotaly/about/',
    });
    const fit = score({ signals: [...LINKEDIN_ONLY, WEBSITE_TECH, domain] }, SAMPLE_ICP, NOW);
    expect(fit.disqualified).toBe(true);
    expect(fit.tier).toEqual({ id: 'disqualified', label: 'Disqualified', badge: 'DQ', color: '#111827' });
    expect(fit.score).toBe(100);
    expect(fit.disqualifiers[0]).toEqual({
      id: 'competitor',
      label: 'Competitor',
      field: 'domain',
      reason: 'A competitor: do not prospect.',
      status: 'hit',
      expected: 'one of quotaly.io, pipelinepilot.com, fitscore.ai',
      actual: 'quotaly.io',
      evidence: [domain.evidence],
    });
  });

  it('leaves the country disqualifier unknown when the country is not shown', () => {
    const signals = LINKEDIN_ONLY.filter((s) => s.field !== 'hqCountry');
    const fit = score({ signals }, SAMPLE_ICP, NOW);
    expect(fit.disqualifiers.find((d) => d.id === 'unserved-country')).toMatchObject({
      status: 'unknown',
      evidence: [],
    });
    expect(fit.disqualified).toBe(false);
    expect(fit.tier.id).toBe('yellow');
  });

  it('disqualifies a company headquartered in a country the team cannot serve', () => {
    const fit = score({ signals: replaced(LINKEDIN_ONLY, signal('hqCountry', 'RU')) }, SAMPLE_ICP, NOW);
    expect(statuses(fit)['unserved-country']).toBe('hit');
    expect(fit.tier.id).toBe('disqualified');
  });

  it('scores an empty account as all unknown', () => {
    const fit = score({ signals: [] }, SAMPLE_ICP, NOW);
    expect(fit.criteria.map((c) => c.status)).toEqual(Array(6).fill('unknown'));
    expect(fit.disqualifiers.map((d) => d.status)).toEqual(['unknown', 'unknown']);
    expect(fit).toMatchObject({
      icpId: 'sample-midmarket-saas',
      icpVersion: 1,
      cappedByMustHave: [],
      disqualified: false,
    });
  });

  it('unites a list field across sources and keeps each source as evidence', () => {
    const fromBuiltWith = signal('technology', ['HubSpot'], {
      extractorId: 'website-technology',
      seenAt: '2026-11-21T09:00:00.000Z',
    });
    const fromJobs = signal('technology', ['Salesforce'], {
      extractorId: 'linkedin-jobs',
      seenAt: '2026-11-20T09:00:00.000Z',
    });
    const fit = score({ signals: [fromJobs, fromBuiltWith] }, SAMPLE_ICP, NOW);
    const crm = fit.criteria.find((criterion) => criterion.id === 'crm-stack');
    expect(crm).toMatchObject({ status: 'matched', actual: 'HubSpot, Salesforce' });
    expect(crm?.evidence).toEqual([fromBuiltWith.evidence, fromJobs.evidence]);
  });

  it('gives every matched criterion the evidence of the signals it read', () => {
    const fit = score({ signals: LINKEDIN_ONLY }, SAMPLE_ICP, NOW);
    for (const criterion of fit.criteria.filter((c) => c.status === 'matched')) {
      const read = LINKEDIN_ONLY.find((s) => s.field === criterion.field);
      expect(criterion.evidence).toEqual([read?.evidence]);
    }
  });

  it('judges recency against the injected now, not the clock', () => {
    const later = new Date('2027-06-13T12:00:00Z');
    const fit = score({ signals: LINKEDIN_ONLY }, SAMPLE_ICP, later);
    expect(statuses(fit)['recent-funding']).toBe('missed');
    expect(fit.score).toBe(70);
  });
});

describe('tiers and must-haves beyond the sample', () => {
  const singleTier: Icp = {
    ...SAMPLE_ICP,
    tiers: [{ id: 'all', label: 'Everyone', badge: '•', minScore: 0, color: '#6b7280' }],
  };

  it('caps nothing when there is a single tier', () => {
    const fit = score({ signals: replaced(LINKEDIN_ONLY, signal('industry', 'Retail')) }, singleTier, NOW);
    expect(fit.tier.id).toBe('all');
    expect(fit.cappedByMustHave).toEqual([]);
  });

  it('lists a missed must-have even when the score is below the top tier', () => {
    const signals = [
      ...replaced(replaced(LINKEDIN_ONLY, signal('industry', 'Retail')), signal('hqCountry', 'DE')),
      WEBSITE_TECH,
    ];
    const fit = score({ signals }, SAMPLE_ICP, NOW);
    expect(fit.score).toBe(60);
    expect(fit.tier.id).toBe('yellow');
    expect(fit.cappedByMustHave).toEqual(['industry']);
  });

  it('picks tiers by minScore whatever order the file lists them in', () => {
    const shuffled: Icp = { ...SAMPLE_ICP, tiers: [...SAMPLE_ICP.tiers].reverse() };
    expect(score({ signals: LINKEDIN_ONLY }, shuffled, NOW).tier.id).toBe('green');
  });

  it('rounds score and ceiling to whole numbers and coverage to two decimals', () => {
    const thirds: Icp = {
      ...SAMPLE_ICP,
      criteria: SAMPLE_ICP.criteria
        .slice(0, 3)
        .map((criterion) => ({ ...criterion, weight: 1, mustHave: false })),
    };
    const signals = [signal('industry', 'Software Development'), signal('hqCountry', 'DE')];
    expect(score({ signals }, thirds, NOW)).toMatchObject({ score: 33, coverage: 0.67, ceiling: 67 });
  });
});
