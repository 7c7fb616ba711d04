import { describe, expect, it } from 'vitest';
import { cellText } from '@/lib/export/export-row';
import { ACME, BARELY_KNOWN, COMPETITOR, EVIL_NOTE, ZURICH } from './export-rows';
import { cellsOf, headersOf } from './cells';

const ALL_CRITERIA = [
  'Target industry',
  'Mid-market headcount',
  'Headquarters in a served market',
  'Runs a CRM or marketing platform we integrate with',
  'Growth-stage funding',
  'Raised in the last 12 months',
].join('; ');

describe('the generic columns', () => {
  it('are named by the contract: identity, fit, shortlist, then every company field', () => {
    expect(headersOf('generic')).toEqual([
      ...['name', 'domain', 'linkedinUrl', 'tier', 'tierId', 'score', 'coverage', 'icpName', 'icpVersion'],
      ...['disqualified', 'disqualifiers', 'matchedCriteria', 'missedCriteria', 'unknownCriteria'],
      ...['status', 'note', 'shortlistedAt', 'firstSeenAt', 'capturedAt', 'evidenceUrls'],
      ...['linkedinOrgId', 'industry', 'employeeRange', 'employeesOnLinkedIn', 'hqCity', 'hqRegion'],
      ...['hqCountry', 'foundedYear', 'companyType', 'specialties', 'followers', 'technology', 'openRoles'],
      ...['hiringRole', 'fundingStage', 'lastFundingDate', 'lastFundingAmountUsd', 'totalFundingUsd'],
      ...['locationsCount', 'leadershipChange', 'leadershipChangeDate', 'compliance', 'pricingPage'],
      ...['freeTrial', 'demoCta'],
    ]);
  });

  it('give normalized values: lists joined with "; ", booleans true/false, plain digits', () => {
    expect(cellsOf(ACME, 'generic')).toMatchObject({
      name: 'Acme',
      domain: 'acme.com',
      linkedinUrl: 'https://www.linkedin.com/company/acme/',
      employeeRange: '1001-5000',
      employeesOnLinkedIn: '4213',
      foundedYear: '1952',
      totalFundingUsd: '250000000',
      hqCountry: 'US',
      fundingStage: 'series_c',
      specialties: 'CRM; Sales, "enablement"',
      // United across LinkedIn and the website, case-insensitively: HubSpot once.
      technology: 'Salesforce; HubSpot; Marketo',
      pricingPage: 'true',
      freeTrial: 'false',
    });
  });

  it('give the fit and the shortlist entry', () => {
    expect(cellsOf(ACME, 'generic')).toMatchObject({
      tier: 'Strong fit',
      tierId: 'green',
      score: '100',
      coverage: '1',
      icpName: 'Mid-market B2B SaaS (sample)',
      icpVersion: '1',
      disqualified: 'false',
      disqualifiers: '',
      matchedCriteria: ALL_CRITERIA,
      missedCriteria: '',
      unknownCriteria: '',
      status: 'contacted',
      note: EVIL_NOTE,
      shortlistedAt: '2026-11-21T11:00:00.000Z',
      firstSeenAt: '2026-11-20T09:00:00.000Z',
      capturedAt: '2026-11-21T10:00:00.000Z',
    });
  });

  it('split the criteria by status', () => {
    expect(cellsOf(ZURICH, 'generic')).toMatchObject({
      matchedCriteria: 'Target industry',
      missedCriteria: 'Mid-market headcount; Headquarters in a served market',
      unknownCriteria:
        'Runs a CRM or marketing platform we integrate with; Growth-stage funding; Raised in the last 12 months',
    });
  });

  it('name the disqualifiers that hit, and show the Disqualified tier', () => {
    expect(cellsOf(COMPETITOR, 'generic')).toMatchObject({
      tier: 'Disqualified',
      tierId: 'disqualified',
      disqualified: 'true',
      disqualifiers: 'Competitor',
    });
  });

  it('list each evidence page once', () => {
    expect(cellsOf(ACME, 'generic').evidenceUrls).toBe(
      'https://www.linkedin.com/company/acme/ https://acme.com/',
    );
  });

  it('leave unknown fields and a missing shortlist entry empty', () => {
    const cells = cellsOf(BARELY_KNOWN, 'generic');
    const known = [
      'linkedinUrl',
      'tier',
      'tierId',
      'score',
      'coverage',
      'icpName',
      'icpVersion',
      'disqualified',
    ];
    const alsoKnown = ['unknownCriteria', 'firstSeenAt', 'capturedAt', 'evidenceUrls'];
    const empty = Object.entries(cells).filter(([header]) => ![...known, ...alsoKnown].includes(header));
    expect(empty.length).toBeGreaterThan(30);
    for (const [header, value] of empty) expect(value, header).toBe('');
    expect(cells.unknownCriteria).toBe(ALL_CRITERIA);
  });
});

describe('cellText', () => {
  it.each([
    [4213, '4213'],
    [2_500_000_000_000_000_000_000, '2500000000000000000000'],
    [0.83, '0.83'],
    [Number.NaN, ''],
    [true, 'true'],
    [false, 'false'],
    [['a', 'b'], 'a; b'],
    [undefined, ''],
  ])('writes %j as %j', (value, text) => {
    expect(cellText(value)).toBe(text);
  });
});
