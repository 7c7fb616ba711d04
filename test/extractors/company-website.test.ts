// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { postingKey } from '@/lib/extractors/website/ats-links';
import { companyWebsiteExtractor } from '@/lib/extractors/website/company-website';
import { parseAddressLines } from '@/lib/extractors/website/postal-address';
import { type Signal, signalSchema } from '@/lib/signals/vocabulary';
import { valuesOf } from '../helpers/signals';
import { parsePage } from '../helpers/fixtures';

const SEEN_AT = '2026-11-23T12:00:00.000Z';
const FIXTURES = resolve(import.meta.dirname, '../fixtures/websites/site');
const ROUTES = JSON.parse(readFileSync(join(FIXTURES, 'routes.json'), 'utf8')) as {
  url: string;
  file: string;
}[];

function readFixture(file: string): string {
  return readFileSync(join(FIXTURES, file), 'utf8');
}

function urlOf(file: string): string {
  const route = ROUTES.find((entry) => entry.file === file);
  if (!route) throw new Error(`no route for ${file}`);
  return route.url;
}

function extractHtml(html: string, url: string): Signal[] {
  return companyWebsiteExtractor.extract(parsePage(html), new URL(url), SEEN_AT);
}

const NORTHWIND_CHROME = {
  name: 'Northwind Ledger',
  domain: 'northwindledger.com',
  linkedinUrl: 'https://www.linkedin.com/company/northwind-ledger/',
  compliance: ['soc2', 'iso27001'],
  pricingPage: true,
  freeTrial: true,
  demoCta: true,
};
const NORTHWIND_ORGANIZATION = {
  employeeRange: '1001-5000',
  foundedYear: 2011,
  hqCity: 'Austin',
  hqRegion: 'TX',
  hqCountry: 'US',
};

/** Every fact each full-size fixture holds, and nothing else. */
const CASES: { file: string; facts: Record<string, unknown> }[] = [
  { file: 'northwind-home.html', facts: { ...NORTHWIND_CHROME, ...NORTHWIND_ORGANIZATION } },
  {
    file: 'northwind-careers.html',
    facts: {
      ...NORTHWIND_CHROME,
      openRoles: 9,
      hiringRole: [
        'Sales Development Representative',
        'Account Executive, Mid-Market',
        'Senior Backend Engineer, Payments',
        'Staff Software Engineer, Ledger Core',
        'Product Designer',
        'Solutions Engineer',
        'Customer Success Manager',
        'Revenue Accountant',
        'Security Engineer',
      ],
    },
  },
  {
    file: 'northwind-press.html',
    facts: {
      ...NORTHWIND_CHROME,
      ...NORTHWIND_ORGANIZATION,
      fundingStage: 'series_c',
      lastFundingAmountUsd: 85_000_000,
      lastFundingDate: '2026-06-12',
      // A Senior Account Executive hire and another company's new CEO are not leadership changes.
      leadershipChange: ['Chief Revenue Officer', 'VP of Sales'],
      leadershipChangeDate: '2026-09-02',
    },
  },
  {
    file: 'waldkern-impressum.html',
    facts: {
      name: 'Waldkern',
      domain: 'waldkern.de',
      linkedinUrl: 'https://www.linkedin.com/company/waldkern/',
      locationsCount: 2,
      hqCity: 'Walldorf',
      hqCountry: 'DE',
      compliance: ['iso27001'],
      pricingPage: true,
      demoCta: true,
    },
  },
  {
    file: 'lever-careers.html',
    facts: {
      name: 'Harborview Analytics',
      domain: 'harborviewanalytics.ca',
      linkedinUrl: 'https://www.linkedin.com/company/harborview-analytics/',
      foundedYear: 2016,
      hqCity: 'Vancouver',
      hqRegion: 'BC',
      hqCountry: 'CA',
      openRoles: 6,
      hiringRole: [
        'Data Engineer',
        'Senior Analytics Engineer',
        'Enterprise Account Executive',
        'Customer Success Lead',
        'Clinical Data Specialist',
        'Head of Marketing',
      ],
      compliance: ['hipaa'],
      pricingPage: true,
      freeTrial: true,
    },
  },
  {
    file: 'prose-only.html',
    facts: { name: 'Compliance Notes', domain: 'blog-about-compliance.example' },
  },
];

describe('companyWebsiteExtractor on full-size fixtures', () => {
  it('has a case for every routed fixture', () => {
    expect(CASES.map((entry) => entry.file).sort()).toEqual(ROUTES.map((route) => route.file).sort());
  });

  it.each(CASES)('$file: exact facts', ({ file, facts }) => {
    expect(valuesOf(extractHtml(readFixture(file), urlOf(file)))).toEqual(facts);
  });

  it.each(CASES)('$file: every signal is valid and carries evidence', ({ file }) => {
    for (const signal of extractHtml(readFixture(file), urlOf(file))) {
      expect(signalSchema.safeParse(signal).success).toBe(true);
      expect(signal.evidence.url).toBe(urlOf(file));
      expect(signal.evidence.extractorId).toBe('company-website');
      expect(signal.evidence.seenAt).toBe(SEEN_AT);
      expect(signal.evidence.sourceText.length).toBeGreaterThan(0);
    }
  });

  it('reads the page it is given, whatever its full size', () => {
    for (const { file } of CASES) {
      const size = readFixture(file).length;
      expect(size).toBeGreaterThan(100_000);
      expect(size).toBeLessThan(400_000);
    }
  });
});

describe('prose is never a claim', () => {
  const PROSE_FIELDS = ['compliance', 'fundingStage', 'lastFundingDate', 'lastFundingAmountUsd'];
  const MOTION_FIELDS = ['pricingPage', 'freeTrial', 'demoCta'];

  it('a blog post about other companies sets no compliance, funding or motion', () => {
    const fields = extractHtml(readFixture('prose-only.html'), urlOf('prose-only.html')).map((s) => s.field);
    for (const field of [...PROSE_FIELDS, ...MOTION_FIELDS, 'linkedinUrl', 'employeeRange', 'openRoles']) {
      expect(fields).not.toContain(field);
    }
  });

  it('the same blog post served as /blog still sets no funding', () => {
    const fields = extractHtml(
      readFixture('prose-only.html'),
      'https://www.blog-about-compliance.example/blog/soc2-costs',
    ).map((s) => s.field);
    for (const field of PROSE_FIELDS) expect(fields).not.toContain(field);
  });

  it('without its footer badges the home page states no compliance, though its copy names standards', () => {
    const html = readFixture('northwind-home.html').replace(/<div class="footer__trust[\s\S]*?<\/div>/, '');
    const values = valuesOf(extractHtml(html, urlOf('northwind-home.html')));
    expect(values.compliance).toBeUndefined();
    expect(values.pricingPage).toBe(true);
  });

  it('a sentence with a linked "book a demo" or "free trial" is not a call to action', () => {
    const html = `<html><body><main><p>Vendors ask you to <a href="/demo">book a demo</a> or
      <a href="/trial">start a free trial</a> before they show <a href="/pricing">pricing</a>.</p></main></body></html>`;
    const fields = extractHtml(html, 'https://www.acme.com/').map((s) => s.field);
    expect(fields).toEqual(['domain']);
  });

  it('negated and topic-only labels state nothing', () => {
    const html = `<html><body><header><nav><a href="/tag/soc-2">SOC 2</a><a href="/gdpr">GDPR</a></nav></header>
      <footer><span>Not HIPAA compliant</span></footer></body></html>`;
    expect(valuesOf(extractHtml(html, 'https://www.acme.com/')).compliance).toBeUndefined();
  });

  it('marketing headings that discuss a standard claim nothing', () => {
    const html = `<html><body><main><section class="hero"><h2>Why SOC 2 compliance matters</h2>
      <h2>Is your vendor HIPAA compliant?</h2><h3>The ISO 27001 certified vendor checklist</h3></section></main></body></html>`;
    expect(valuesOf(extractHtml(html, 'https://www.acme.com/')).compliance).toBeUndefined();
  });

  it('states compliance from trust sections, trust links and status headings', () => {
    const html = `<html><body><main><h2>PCI DSS Level 1 certified</h2>
      <section id="trust"><ul><li>GDPR</li></ul></section>
      <a href="/security">HIPAA</a></main></body></html>`;
    expect(valuesOf(extractHtml(html, 'https://www.acme.com/')).compliance).toEqual([
      'hipaa',
      'gdpr',
      'pci_dss',
    ]);
  });
});

describe('matches', () => {
  it.each([
    ['https://www.northwindledger.com/', true],
    ['http://acme.co.uk/pricing', true],
    ['https://jobs.acme.io/careers', true],
    ['https://www.linkedin.com/company/acme/', false],
    ['https://de.linkedin.com/company/acme', false],
    ['https://www.crunchbase.com/organization/acme', false],
    ['https://crunchbase.com/organization/acme', false],
    ['chrome://extensions', false],
    ['file:///tmp/page.html', false],
    ['http://localhost:3000/', false],
    ['http://127.0.0.1/', false],
  ])('%s -> %s', (url, expected) => {
    expect(companyWebsiteExtractor.matches(new URL(url))).toBe(expected);
  });

  it('declares its identity', () => {
    expect(companyWebsiteExtractor.id).toBe('company-website');
    expect(companyWebsiteExtractor.pageKind).toBe('company-website');
    expect(companyWebsiteExtractor.keyFields).toEqual(['name', 'domain']);
  });
});

function pageWithJsonLd(blocks: string[], extraHead = ''): string {
  const scripts = blocks.map((block) => `<script type="application/ld+json">${block}</script>`).join('');
  return `<html><head>${extraHead}${scripts}</head><body><h1>Acme</h1></body></html>`;
}

const ACME = 'https://www.acme.com/about';
const org = (fields: Record<string, unknown>) =>
  JSON.stringify({ '@context': 'https://schema.org', '@type': 'Organization', name: 'Acme', ...fields });

describe('JSON-LD Organization shapes', () => {
  it.each([
    ['{minValue, maxValue}', org({ numberOfEmployees: { minValue: 51, maxValue: 200 } }), '51-200'],
    [
      'QuantitativeValue min/max',
      org({ numberOfEmployees: { '@type': 'QuantitativeValue', minValue: '201', maxValue: '500' } }),
      '201-500',
    ],
    ['{minValue} only: an open band', org({ numberOfEmployees: { minValue: 10001 } }), '10001+'],
    ['a band as text', org({ numberOfEmployees: '1,001-5,000' }), '1001-5000'],
    [
      '{value}: a headcount is not a band',
      org({ numberOfEmployees: { '@type': 'QuantitativeValue', value: 250 } }),
      undefined,
    ],
    ['a bare number: not a band', org({ numberOfEmployees: 250 }), undefined],
    ['max below min', org({ numberOfEmployees: { minValue: 500, maxValue: 50 } }), undefined],
  ])('numberOfEmployees %s', (_label, block, range) => {
    expect(valuesOf(extractHtml(pageWithJsonLd([block]), ACME)).employeeRange).toEqual(range);
  });

  it.each([
    ['Organization', { '@type': 'Organization' }],
    ['Corporation', { '@type': 'Corporation' }],
    ['LocalBusiness', { '@type': 'LocalBusiness' }],
    ['an array of types', { '@type': ['Corporation', 'Organization'] }],
    ['"type" without @', { '@type': undefined, type: 'Organization' }],
  ])('@type as %s', (_label, typeFields) => {
    const block = JSON.stringify({ name: 'Acme', url: 'https://acme.com', ...typeFields });
    expect(valuesOf(extractHtml(pageWithJsonLd([block]), ACME)).name).toBe('Acme');
  });

  it("reads Yoast's @graph, skipping an invalid block and a top-level array", () => {
    const yoast = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', '@id': 'https://www.acme.com/#website', name: 'Acme Blog' },
        {
          '@type': 'Organization',
          '@id': 'https://www.acme.com/#organization',
          name: 'Acme Inc.',
          sameAs: ['https://www.linkedin.com/company/acme-inc', 'https://twitter.com/acme'],
        },
      ],
    });
    const array = JSON.stringify([
      { '@type': 'BreadcrumbList' },
      { '@type': 'Organization', name: 'Partner', url: 'https://partner.io' },
    ]);
    const values = valuesOf(
      extractHtml(pageWithJsonLd(['{"@type": "Organization", "name": ', array, yoast]), ACME),
    );
    expect(values).toEqual({
      domain: 'acme.com',
      name: 'Acme Inc.',
      linkedinUrl: 'https://www.linkedin.com/company/acme-inc/',
    });
  });

  it('reads an Organization nested as a WebSite publisher', () => {
    const site = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'WebSite',
      url: 'https://www.acme.com/',
      publisher: { '@type': 'Organization', name: 'Acme GmbH', foundingDate: '2009' },
    });
    expect(valuesOf(extractHtml(pageWithJsonLd([site]), ACME))).toEqual({
      domain: 'acme.com',
      name: 'Acme GmbH',
      foundedYear: 2009,
    });
  });

  it('prefers the Organization on this site over others, and ignores a lone off-site one', () => {
    const partner = org({ name: 'Partner', url: 'https://partner.io', foundingDate: '1999' });
    const own = org({ '@id': 'https://acme.com/#org', foundingDate: '2014' });
    expect(valuesOf(extractHtml(pageWithJsonLd([partner, own]), ACME))).toMatchObject({
      name: 'Acme',
      foundedYear: 2014,
    });
    const lone = valuesOf(
      extractHtml(pageWithJsonLd([partner], '<meta property="og:site_name" content="Acme">'), ACME),
    );
    expect(lone).toEqual({ domain: 'acme.com', name: 'Acme' });
  });

  it.each([
    ['2014', 2014],
    ['2014-03-01', 2014],
    ['2014-03-01T00:00:00Z', 2014],
    ['2999', undefined],
    ['founded long ago', undefined],
  ])('foundingDate %s', (date, year) => {
    expect(valuesOf(extractHtml(pageWithJsonLd([org({ foundingDate: date })]), ACME)).foundedYear).toEqual(
      year,
    );
  });

  it.each([
    [
      { addressLocality: 'Berlin', addressCountry: 'Germany' },
      { hqCity: 'Berlin', hqCountry: 'DE' },
    ],
    [
      { addressLocality: 'Leeds', addressCountry: { '@type': 'Country', name: 'United Kingdom' } },
      { hqCity: 'Leeds', hqCountry: 'GB' },
    ],
    [
      { addressLocality: 'Fairfield', addressRegion: 'NJ' },
      { hqCity: 'Fairfield', hqRegion: 'NJ', hqCountry: 'US' },
    ],
    [
      [{ addressLocality: 'Lyon', addressCountry: 'FR' }, { addressLocality: 'Paris' }],
      { hqCity: 'Lyon', hqCountry: 'FR' },
    ],
  ])('address %j', (address, hq) => {
    const values = valuesOf(extractHtml(pageWithJsonLd([org({ address })]), ACME));
    expect({ hqCity: values.hqCity, hqRegion: values.hqRegion, hqCountry: values.hqCountry }).toEqual({
      hqRegion: undefined,
      ...hq,
    });
  });

  it('takes no LinkedIn share or person link as the company page', () => {
    const block = org({
      sameAs: ['https://www.linkedin.com/in/ceo', 'https://www.linkedin.com/shareArticle?url=x'],
    });
    const html = pageWithJsonLd([block]).replace(
      '<body>',
      '<body><footer><a href="https://www.linkedin.com/in/ceo">CEO</a></footer><main><a href="https://www.linkedin.com/company/someone-else">x</a></main>',
    );
    expect(valuesOf(extractHtml(html, ACME)).linkedinUrl).toBeUndefined();
  });
});

describe('careers boards', () => {
  it.each([
    ['https://boards.greenhouse.io/acme/jobs/4012345', true],
    ['https://job-boards.greenhouse.io/acme/jobs/4012345?gh_src=x', true],
    ['https://www.acme.com/careers?gh_jid=4012345', true],
    ['https://jobs.lever.co/acme/0f4c2c6e-3b1a-4f7e-9d59-1c2b3a4d5e6f', true],
    ['https://jobs.ashbyhq.com/acme/0f4c2c6e-3b1a-4f7e-9d59-1c2b3a4d5e6f', true],
    ['https://apply.workable.com/acme/j/3F1A2B4C5D/', true],
    ['https://jobs.smartrecruiters.com/Acme/743999912345678-sales-manager', true],
    ['https://acme.jobs.personio.de/job/1234567?language=de', true],
    ['https://acme.recruitee.com/o/sales-manager', true],
    ['https://acme.teamtailor.com/jobs/2345678-sales-manager', true],
    ['https://acme.wd5.myworkdayjobs.com/en-US/Careers/job/Berlin/Sales-Manager_R-1234', true],
    ['https://boards.greenhouse.io/acme', false],
    ['https://jobs.lever.co/acme', false],
    ['https://jobs.ashbyhq.com/acme', false],
    ['https://apply.workable.com/acme/', false],
    ['https://acme.jobs.personio.de/', false],
    ['https://acme.teamtailor.com/jobs', false],
    ['https://acme.wd5.myworkdayjobs.com/en-US/Careers', false],
    ['https://www.acme.com/careers', false],
  ])('%s is a posting: %s', (url, isPosting) => {
    expect(postingKey(new URL(url)) !== undefined).toBe(isPosting);
  });

  it('counts distinct postings, titles from link text or the posting heading, never board roots', () => {
    const html = `<html><body><header><a href="https://jobs.lever.co/acme/0f4c2c6e-3b1a-4f7e-9d59-1c2b3a4d5e6f">Nav job</a></header>
      <main><h1>Karriere</h1><ul>
      <li><a href="https://acme.jobs.personio.de/job/11">Vertriebsleiter (m/w/d)</a></li>
      <li><a href="https://acme.jobs.personio.de/job/11?language=en">Apply</a></li>
      <li><h3>Account Executive</h3><a href="https://apply.workable.com/acme/j/ABC123/">Apply now</a></li>
      <li><a href="https://acme.teamtailor.com/jobs/22-data-engineer">Data Engineer</a></li>
      <li><a href="https://acme.teamtailor.com/jobs">All jobs</a></li></ul></main></body></html>`;
    expect(valuesOf(extractHtml(html, 'https://www.acme.de/'))).toEqual({
      domain: 'acme.de',
      openRoles: 3,
      hiringRole: ['Vertriebsleiter (m/w/d)', 'Account Executive', 'Data Engineer'],
    });
  });

  it('reads no open roles outside a careers page', () => {
    const html = `<html><body><main><h1>Acme</h1><a href="https://jobs.lever.co/acme/0f4c2c6e-3b1a-4f7e-9d59-1c2b3a4d5e6f">We are hiring a CFO</a></main></body></html>`;
    expect(valuesOf(extractHtml(html, 'https://www.acme.com/')).openRoles).toBeUndefined();
  });
});

describe('postal addresses', () => {
  it.each([
    [['Musterstraße 1, 10115 Berlin, Deutschland'], { city: 'Berlin', country: 'DE' }],
    [
      ['Waldkern GmbH', 'Dietmar-Hopp-Allee 16', 'D-69190 Walldorf'],
      { city: 'Walldorf', country: undefined },
    ],
    [
      ['1200 Congress Avenue, Suite 400', 'Austin, TX 78701', 'United States'],
      { city: 'Austin', region: 'TX', country: 'US' },
    ],
    [['500 W 2nd St, Austin, TX 78701'], { city: 'Austin', region: 'TX', country: 'US' }],
    [['We moved to 10115 Berlin last year and love it.'], undefined],
    [['Telefon: +49 6227 7410 0'], undefined],
  ])('%j', (lines, expected) => {
    const address = parseAddressLines(lines);
    expect(address && { city: address.city, region: address.region, country: address.country }).toEqual(
      expected && { region: undefined, ...expected },
    );
  });

  it('counts microdata and <address> blocks on a contact page, HQ from the labelled one', () => {
    const html = `<html><body><main><h1>Contact us</h1>
      <div itemscope itemtype="https://schema.org/PostalAddress"><span itemprop="streetAddress">10 Queen St</span>
        <span itemprop="postalCode">EH2 1JQ</span> <span itemprop="addressLocality">Edinburgh</span>
        <span itemprop="addressCountry">GB</span></div>
      <h2>Headquarters</h2><address>1200 Congress Avenue<br>Austin, TX 78701<br>USA</address>
      <address>1200 Congress Avenue, Austin, TX 78701</address></main>
      <footer><address>Other Street 5, 80331 München</address></footer></body></html>`;
    expect(valuesOf(extractHtml(html, 'https://www.acme.com/contact'))).toEqual({
      domain: 'acme.com',
      locationsCount: 2,
      hqCity: 'Austin',
      hqRegion: 'TX',
      hqCountry: 'US',
    });
  });

  it('reads no addresses on a page that is not a contact, locations or Impressum page', () => {
    const html = `<html><body><main><h1>Home</h1><address>Musterstraße 1, 10115 Berlin, Deutschland</address></main></body></html>`;
    expect(valuesOf(extractHtml(html, 'https://www.acme.de/'))).toEqual({ domain: 'acme.de' });
  });
});

describe('press funding', () => {
  const press = (items: string) =>
    `<html><head><meta property="og:site_name" content="Acme"></head><body><main><h1>News</h1>${items}</main></body></html>`;

  it('takes stage but no USD amount from a euro round, dated by a date line', () => {
    const html = press(
      `<article><h2>Acme closes €12M seed round</h2><span class="date">3 March 2025</span></article>`,
    );
    expect(valuesOf(extractHtml(html, 'https://www.acme.de/presse'))).toEqual({
      domain: 'acme.de',
      name: 'Acme',
      fundingStage: 'seed',
      lastFundingDate: '2025-03-03',
    });
  });

  it('reads the first paragraph, and needs a date', () => {
    const dated = press(
      `<article><h2>Big news</h2><time datetime="2024-09-30T09:00:00Z">Sep 30</time><p>Today Acme announces $40 million Series B funding.</p></article>`,
    );
    expect(valuesOf(extractHtml(dated, 'https://www.acme.com/newsroom'))).toMatchObject({
      fundingStage: 'series_b',
      lastFundingAmountUsd: 40_000_000,
      lastFundingDate: '2024-09-30',
    });
    const undated = press(`<article><h2>Acme raises $40M Series B</h2></article>`);
    expect(valuesOf(extractHtml(undated, 'https://www.acme.com/newsroom')).fundingStage).toBeUndefined();
  });

  it('reads a single press release page', () => {
    const html = `<html><head><meta property="og:site_name" content="Acme"></head><body><main>
      <h1>Acme raises $120 million Series D led by Example Ventures</h1><p class="date">June 3, 2025</p>
      <p>SAN FRANCISCO — Acme today announced …</p></main></body></html>`;
    expect(valuesOf(extractHtml(html, 'https://www.acme.com/press/acme-series-d'))).toMatchObject({
      fundingStage: 'series_d',
      lastFundingAmountUsd: 120_000_000,
      lastFundingDate: '2025-06-03',
    });
  });

  it("ignores other companies' rounds and pages that are not press pages", () => {
    const other = press(
      `<article><h2>Globex raises $40M Series B</h2><time datetime="2024-09-30">x</time></article>`,
    );
    expect(valuesOf(extractHtml(other, 'https://www.acme.com/news')).fundingStage).toBeUndefined();
    const own = press(
      `<article><h2>Acme raises $40M Series B</h2><time datetime="2024-09-30">x</time></article>`,
    ).replace('<h1>News</h1>', '<h1>Home</h1>');
    expect(valuesOf(extractHtml(own, 'https://www.acme.com/')).fundingStage).toBeUndefined();
  });
});

describe('robustness', () => {
  it.each(CASES.map(({ file }) => file))('%s truncated anywhere never throws and stays valid', (file) => {
    const html = readFixture(file);
    for (const fraction of [0, 0.001, 0.05, 0.2, 0.37, 0.5, 0.73, 0.9, 0.999]) {
      const signals = extractHtml(html.slice(0, Math.floor(html.length * fraction)), urlOf(file));
      for (const signal of signals) expect(signalSchema.safeParse(signal).success).toBe(true);
    }
  });

  it('returns nothing for a URL it does not match, and survives garbage', () => {
    expect(
      extractHtml('<html><body><h1>x</h1></body></html>', 'https://www.linkedin.com/company/acme/'),
    ).toEqual([]);
    expect(
      valuesOf(extractHtml('<<<>>>\u0000<script type="application/ld+json">{{{', 'https://acme.com/')),
    ).toEqual({
      domain: 'acme.com',
    });
  });
});
