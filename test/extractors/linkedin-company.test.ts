// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { linkedInCompanyExtractor } from '@/lib/extractors/linkedin/company';
import { slugsNamedByPage } from '@/lib/extractors/linkedin/page-identity';
import { findPageRegions } from '@/lib/extractors/linkedin/page-regions';
import { valuesOf } from '../helpers/signals';
import { parsePage, readLinkedInFixture, extractLinkedInCompany } from '../helpers/fixtures';

const SEEN_AT = '2026-11-23T12:00:00.000Z';

const extract = (file: string, url: string, transform?: (html: string) => string) =>
  extractLinkedInCompany(file, url, SEEN_AT, transform);

/** Every fact each full-size fixture holds, and nothing else: noise must not leak in. */
const CASES = [
  {
    name: 'guest page with every row, JSON-LD and a funding module',
    file: 'guest-northwind-ledger.html',
    url: 'https://www.linkedin.com/company/northwind-ledger',
    facts: {
      name: 'Northwind Ledger',
      linkedinUrl: 'https://www.linkedin.com/company/northwind-ledger/',
      linkedinOrgId: '7351962',
      domain: 'northwindledger.com',
      industry: 'Software Development',
      employeeRange: '1001-5000',
      employeesOnLinkedIn: 1874,
      hqCity: 'Austin',
      hqRegion: 'Texas',
      hqCountry: 'US',
      companyType: 'private',
      foundedYear: 2011,
      specialties: [
        'Accounts payable automation',
        'Spend management',
        'ERP integrations',
        'Procurement analytics',
      ],
      followers: 48212,
      fundingStage: 'series_c',
      lastFundingDate: '2026-06-12',
      lastFundingAmountUsd: 85_000_000,
      locationsCount: 3,
    },
  },
  {
    name: 'guest page of a competitor',
    file: 'guest-quotaly.html',
    url: 'https://www.linkedin.com/company/quotaly',
    facts: {
      name: 'Quotaly',
      linkedinUrl: 'https://www.linkedin.com/company/quotaly/',
      linkedinOrgId: '40218877',
      domain: 'quotaly.io',
      industry: 'Software Development',
      employeeRange: '201-500',
      employeesOnLinkedIn: 263,
      hqCity: 'Boston',
      hqRegion: 'Massachusetts',
      hqCountry: 'US',
      companyType: 'private',
      foundedYear: 2019,
      specialties: ['Revenue intelligence', 'Sales forecasting'],
      followers: 9870,
      locationsCount: 1,
    },
  },
  {
    name: 'sparse guest page: no website, headquarters, founded or specialties',
    file: 'guest-tallgrass-freight.html',
    url: 'https://www.linkedin.com/company/tallgrass-freight',
    facts: {
      name: 'Tallgrass Freight Co-op',
      linkedinUrl: 'https://www.linkedin.com/company/tallgrass-freight/',
      linkedinOrgId: '80455120',
      industry: 'Truck Transportation',
      employeeRange: '51-200',
      employeesOnLinkedIn: 88,
      companyType: 'partnership',
      followers: 1204,
    },
  },
  {
    name: 'signed-in home tab: unlabelled, abbreviated top card only',
    file: 'signed-in-harborview-home.html',
    url: 'https://www.linkedin.com/company/harborview-analytics/',
    facts: {
      name: 'Harborview Analytics',
      linkedinUrl: 'https://www.linkedin.com/company/harborview-analytics/',
      linkedinOrgId: '18311902',
      industry: 'IT Services and IT Consulting',
      employeeRange: '501-1000',
      employeesOnLinkedIn: 734,
      hqCity: 'Toronto',
      hqRegion: 'Ontario',
      hqCountry: 'CA',
      followers: 12000,
    },
  },
  {
    name: 'signed-in About tab: dt/dd pairs, Company size with two values',
    file: 'signed-in-harborview-about.html',
    url: 'https://www.linkedin.com/company/harborview-analytics/about/',
    facts: {
      name: 'Harborview Analytics',
      linkedinUrl: 'https://www.linkedin.com/company/harborview-analytics/',
      linkedinOrgId: '18311902',
      domain: 'harborviewanalytics.ca',
      industry: 'IT Services and IT Consulting',
      employeeRange: '501-1000',
      employeesOnLinkedIn: 734,
      hqCity: 'Toronto',
      hqRegion: 'Ontario',
      hqCountry: 'CA',
      foundedYear: 2008,
      specialties: ['Financial analytics', 'FP&A dashboards', 'Data warehousing', 'Forecasting'],
      followers: 12000,
      locationsCount: 2,
    },
  },
  {
    name: 'signed-in Jobs tab: own jobs counted and titled, similar companies’ jobs left out',
    file: 'signed-in-harborview-jobs.html',
    url: 'https://www.linkedin.com/company/harborview-analytics/jobs/',
    facts: {
      name: 'Harborview Analytics',
      linkedinUrl: 'https://www.linkedin.com/company/harborview-analytics/',
      linkedinOrgId: '18311902',
      industry: 'IT Services and IT Consulting',
      employeeRange: '501-1000',
      employeesOnLinkedIn: 734,
      hqCity: 'Toronto',
      hqRegion: 'Ontario',
      hqCountry: 'CA',
      followers: 12000,
      openRoles: 14,
      hiringRole: [
        'Sales Development Representative',
        'Senior Data Engineer',
        'Account Executive, Mid-Market',
        'Revenue Operations Manager',
        'FP&A Solutions Consultant',
      ],
    },
  },
  {
    name: 'signed-in About tab in the 2019-2021 markup',
    file: 'signed-in-legacy-acme-2020.html',
    url: 'https://www.linkedin.com/company/acme-anvils/about/',
    facts: {
      name: 'Acme Anvils',
      linkedinUrl: 'https://www.linkedin.com/company/acme-anvils/',
      linkedinOrgId: '1033',
      domain: 'acme-anvils.com',
      industry: 'Industrial Machinery Manufacturing',
      employeeRange: '1001-5000',
      employeesOnLinkedIn: 4213,
      hqCity: 'Fairfield',
      hqRegion: 'NJ',
      hqCountry: 'US',
      companyType: 'public',
      foundedYear: 1952,
      specialties: ['Anvils', 'Rocket skates', 'Portable holes'],
      followers: 27540,
    },
  },
];

describe('linkedInCompanyExtractor over full-size pages', () => {
  it.each(CASES)('$name', ({ file, url, facts }) => {
    expect(valuesOf(extract(file, url))).toEqual(facts);
  });

  it.each(CASES)('keeps evidence for every value: $name', ({ file, url }) => {
    for (const signal of extract(file, url)) {
      expect(signal.evidence).toMatchObject({ url, extractorId: 'linkedin-company', seenAt: SEEN_AT });
      expect(signal.evidence.sourceText.length).toBeGreaterThan(0);
    }
  });

  it('reads the same facts when every class name is replaced by a hashed one', () => {
    const hashClasses = (html: string) => {
      let n = 0;
      return html.replace(/\bclass="[^"]*"/g, () => `class="_h${(n++).toString(36)}x"`);
    };
    for (const { file, url, facts } of CASES) {
      if (file.startsWith('signed-in'))
        expect(valuesOf(extract(file, url, hashClasses)), file).toEqual(facts);
    }
  });

  it('shows the size band and the members count apart, as the page does', () => {
    const facts = valuesOf(
      extract('guest-northwind-ledger.html', 'https://www.linkedin.com/company/northwind-ledger'),
    );
    expect(facts.employeeRange).toBe('1001-5000');
    expect(facts.employeesOnLinkedIn).toBe(1874);
  });

  it('takes the website from the redirect link, not the hidden "External link" text', () => {
    const [domain] = extract('guest-quotaly.html', 'https://www.linkedin.com/company/quotaly').filter(
      (signal) => signal.field === 'domain',
    );
    expect(domain?.evidence.sourceText).not.toContain('External link');
  });

  it('takes the country from the Primary location when the headquarters row does not name it', () => {
    const doc = parsePage(readLinkedInFixture('guest-northwind-ledger.html'));
    doc.querySelectorAll('script[type="application/ld+json"]').forEach((script) => script.remove());
    const hqValue = doc.querySelector('[data-test-id="about-us__headquarters"] dd');
    if (hqValue) hqValue.textContent = ' Austin ';
    const signals = linkedInCompanyExtractor.extract(
      doc,
      new URL('https://www.linkedin.com/company/northwind-ledger'),
      SEEN_AT,
    );
    const facts = valuesOf(signals);
    expect([facts.hqCity, facts.hqCountry]).toEqual(['Austin', 'US']);
    const country = signals.find((signal) => signal.field === 'hqCountry');
    expect(country?.evidence.sourceText).toBe('500 W 2nd St, Austin, Texas 78701, US');
  });

  it('counts the jobs listed when the page does not say how many there are', () => {
    const doc = parsePage(readLinkedInFixture('signed-in-harborview-jobs.html'));
    doc.querySelector('.org-jobs-recently-posted-jobs-module__show-all')?.remove();
    const url = new URL('https://www.linkedin.com/company/harborview-analytics/jobs/');
    expect(valuesOf(linkedInCompanyExtractor.extract(doc, url, SEEN_AT)).openRoles).toBe(6);
  });

  it('reads nothing from a LinkedIn page that is not a company page', () => {
    expect(linkedInCompanyExtractor.matches(new URL('https://www.linkedin.com/feed/'))).toBe(false);
  });

  it('reads nothing, and does not throw, from a company URL showing an auth wall', () => {
    const doc = parsePage(
      '<html><body><main><p>Sign in to see who you already know</p></main></body></html>',
    );
    expect(
      linkedInCompanyExtractor.extract(doc, new URL('https://www.linkedin.com/company/acme/'), SEEN_AT),
    ).toEqual([]);
  });
});

describe('linkedInCompanyExtractor.matches', () => {
  it.each([
    ['https://www.linkedin.com/company/acme/', true],
    ['https://de.linkedin.com/company/acme', true],
    ['https://linkedin.com/company/acme/about/', true],
    ['https://www.linkedin.com/company/1035/jobs/', true],
    ['https://www.linkedin.com/in/jane-doe/', false],
    ['https://www.linkedin.com/company/', false],
    ['https://notlinkedin.com/company/acme/', false],
    ['https://www.linkedin.com.evil.example/company/acme/', false],
  ])('%s -> %s', (url, expected) => {
    expect(linkedInCompanyExtractor.matches(new URL(url))).toBe(expected);
  });
});

describe('linkedInCompanyExtractor on pages that are not a readable company', () => {
  it('reads nothing from a heading with no company facts around it (a sign-in wall)', () => {
    const doc = parsePage(
      '<html><body><main><h1>Join LinkedIn</h1><p>Sign in to continue.</p></main></body></html>',
    );
    expect(
      linkedInCompanyExtractor.extract(doc, new URL('https://www.linkedin.com/company/acme/'), SEEN_AT),
    ).toEqual([]);
  });

  it('never throws on pieces of a real page, whatever is missing', () => {
    const html = readLinkedInFixture('signed-in-harborview-about.html');
    for (const cut of [0.1, 0.25, 0.5, 0.75, 0.9]) {
      const doc = parsePage(html.slice(0, Math.floor(html.length * cut)));
      expect(() =>
        linkedInCompanyExtractor.extract(doc, new URL('https://www.linkedin.com/company/x/'), SEEN_AT),
      ).not.toThrow();
    }
  });
});

describe('linkedInCompanyExtractor on a redesigned page', () => {
  it('reads nothing from a page whose top card never renders', () => {
    const doc = parsePage(readLinkedInFixture('changed-markup-skeleton.html'));
    const url = new URL('https://www.linkedin.com/company/skeleton-systems/');
    expect(linkedInCompanyExtractor.extract(doc, url, SEEN_AT)).toEqual([]);
  });

  it('reads what is still there, and leaves the key fields it cannot see unknown', () => {
    const doc = parsePage(readLinkedInFixture('changed-markup-icons-only.html'));
    const url = new URL('https://www.linkedin.com/company/icon-labs/');
    const facts = valuesOf(linkedInCompanyExtractor.extract(doc, url, SEEN_AT));
    expect(facts).toEqual({
      name: 'Icon Labs',
      linkedinUrl: 'https://www.linkedin.com/company/icon-labs/',
      linkedinOrgId: '18311902',
      hqCity: 'Toronto',
      hqRegion: 'Ontario',
      hqCountry: 'CA',
      followers: 12000,
      employeesOnLinkedIn: 734,
    });
    expect(linkedInCompanyExtractor.keyFields.filter((field) => !(field in facts))).toEqual([
      'industry',
      'employeeRange',
    ]);
  });

  it('takes a heading role as the page heading when the h1 tag is gone', () => {
    const html = readLinkedInFixture('signed-in-harborview-about.html').replace(
      /<h1([^>]*)>([\s\S]*?)<\/h1>/,
      '<div role="heading" aria-level="1"$1>$2</div>',
    );
    const url = new URL('https://www.linkedin.com/company/harborview-analytics/about/');
    expect(valuesOf(linkedInCompanyExtractor.extract(parsePage(html), url, SEEN_AT)).name).toBe(
      'Harborview Analytics',
    );
  });
});

describe('linkedInCompanyExtractor after an in-app move to another company', () => {
  it('reads nothing while the page still shows the previous company', () => {
    const doc = parsePage(readLinkedInFixture('signed-in-harborview-about.html'));
    const url = new URL('https://www.linkedin.com/company/quotaly/');
    expect(linkedInCompanyExtractor.extract(doc, url, SEEN_AT)).toEqual([]);
  });

  it('reads a page reached by its numeric id, which it cannot compare with the slug', () => {
    const doc = parsePage(readLinkedInFixture('signed-in-harborview-about.html'));
    const signals = linkedInCompanyExtractor.extract(
      doc,
      new URL('https://www.linkedin.com/company/18311902/'),
      SEEN_AT,
    );
    expect(valuesOf(signals).name).toBe('Harborview Analytics');
  });
});

describe('slugsNamedByPage', () => {
  it('reads the canonical link and the page tabs, not the right rail', () => {
    const doc = parsePage(readLinkedInFixture('signed-in-harborview-home.html'));
    doc.querySelector('link[rel="canonical"]')?.remove();
    const regions = findPageRegions(doc);
    expect([...slugsNamedByPage(doc, regions.isNoise)]).toEqual(['harborview-analytics']);
  });
});
