// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  findOrganizationEntity,
  keyNamesOrganization,
  unescapeAngularState,
} from '@/lib/extractors/crunchbase/angular-state';
import { crunchbaseOrganizationExtractor } from '@/lib/extractors/crunchbase/organization';
import { employeeRangeFromEnum, isoDayFromDisplay } from '@/lib/extractors/crunchbase/values';
import { type Signal, signalSchema } from '@/lib/signals/vocabulary';
import { valuesOf } from '../helpers/signals';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/crunchbase');
const SEEN_AT = '2026-11-23T12:00:00.000Z';

interface Route {
  url: string;
  file: string;
}

function readFixture(file: string): string {
  return readFileSync(join(FIXTURES, file), 'utf8');
}

function routes(): Route[] {
  return JSON.parse(readFixture('routes.json')) as Route[];
}

function parsePage(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function extractHtml(html: string, url: string): Signal[] {
  return crunchbaseOrganizationExtractor.extract(parsePage(html), new URL(url), SEEN_AT);
}

function sourceOf(signals: Signal[], field: string): string | undefined {
  return signals.find((signal) => signal.field === field)?.evidence.sourceText;
}

/** Every fact each fixture holds, and nothing else: noise must not leak in. */
const CASES = [
  {
    file: 'organization-ng-state.html',
    url: 'https://www.crunchbase.com/organization/northwind-ledger',
    facts: {
      name: 'Northwind Ledger',
      domain: 'northwindledger.com',
      linkedinUrl: 'https://www.linkedin.com/company/northwind-ledger/',
      fundingStage: 'series_c',
      lastFundingDate: '2026-06-12',
      totalFundingUsd: 142_000_000,
      lastFundingAmountUsd: 85_000_000,
      employeeRange: '1001-5000',
      foundedYear: 2011,
      hqCity: 'Austin',
      hqRegion: 'Texas',
      hqCountry: 'US',
    },
  },
  {
    file: 'organization-client-app-state.html',
    url: 'https://www.crunchbase.com/organization/tallgrass-freight',
    facts: {
      name: 'Tallgrass Freight',
      domain: 'tallgrassfreight.com',
      linkedinUrl: 'https://www.linkedin.com/company/tallgrass-freight/',
      fundingStage: 'series_b',
      lastFundingDate: '2022-09-20',
      totalFundingUsd: 48_500_000,
      lastFundingAmountUsd: 30_000_000,
      employeeRange: '251-500',
      foundedYear: 2016,
      hqCity: 'Omaha',
      hqRegion: 'Nebraska',
      hqCountry: 'US',
    },
  },
  {
    file: 'organization-dom-only.html',
    url: 'https://www.crunchbase.com/organization/atelier-lumen',
    facts: {
      name: 'Atelier Lumen',
      fundingStage: 'series_a',
      lastFundingDate: '2025-02-27',
      employeeRange: '51-100',
      hqCity: 'Lyon',
      hqRegion: 'Auvergne-Rhône-Alpes',
      hqCountry: 'FR',
    },
  },
];

function caseAt(index: number): (typeof CASES)[number] {
  const found = CASES[index];
  if (!found) throw new Error(`no case ${index}`);
  return found;
}

describe('crunchbaseOrganizationExtractor on the fixtures', () => {
  it('has a route for every case', () => {
    expect(routes()).toEqual(CASES.map(({ url, file }) => ({ url, file })));
  });

  it.each(CASES)('reads exactly the facts of $file', ({ file, url, facts }) => {
    expect(valuesOf(extractHtml(readFixture(file), url))).toEqual(facts);
  });

  it.each(CASES)('gives every signal valid evidence on $file', ({ file, url }) => {
    for (const signal of extractHtml(readFixture(file), url)) {
      expect(signalSchema.safeParse(signal).success).toBe(true);
      expect(signal.evidence).toMatchObject({ url, extractorId: 'crunchbase-organization', seenAt: SEEN_AT });
      expect(signal.evidence.sourceText.length).toBeGreaterThan(0);
    }
  });

  it('cites the JSON path and value of the state it read', () => {
    const signals = extractHtml(readFixture(caseAt(0).file), caseAt(0).url);
    expect(sourceOf(signals, 'fundingStage')).toBe(
      'cards.overview_fields_extended.last_funding_type: series_c',
    );
    expect(sourceOf(signals, 'totalFundingUsd')).toBe(
      'cards.company_overview_highlights.funding_total.value_usd: 142000000',
    );
    expect(sourceOf(signals, 'foundedYear')).toBe(
      'cards.overview_fields_extended.founded_on.value: 2011-01-01',
    );
    expect(sourceOf(signals, 'name')).toBe('properties.title: Northwind Ledger');
    const old = extractHtml(readFixture(caseAt(1).file), caseAt(1).url);
    expect(sourceOf(old, 'lastFundingAmountUsd')).toBe(
      'cards.funding_rounds_list[0].money_raised.value_usd: 30000000',
    );
  });

  it('cites the link text on a page without state', () => {
    const signals = extractHtml(readFixture(caseAt(2).file), caseAt(2).url);
    expect(sourceOf(signals, 'employeeRange')).toBe('51-100');
    expect(sourceOf(signals, 'lastFundingDate')).toBe('Feb 27, 2025');
    expect(sourceOf(signals, 'hqCountry')).toBe('Lyon, Auvergne-Rhône-Alpes, France');
  });

  it('falls back to the field links when the state script is removed', () => {
    const html = readFixture(caseAt(0).file).replace(/<script id="ng-state"[\s\S]*?<\/script>/, '');
    expect(valuesOf(extractHtml(html, caseAt(0).url))).toEqual({
      name: 'Northwind Ledger',
      fundingStage: 'series_c',
      lastFundingDate: '2026-06-12',
      totalFundingUsd: 142_000_000,
      employeeRange: '1001-5000',
      hqCity: 'Austin',
      hqRegion: 'Texas',
      hqCountry: 'US',
    });
  });

  it('reads nothing of a page whose URL names another company', () => {
    expect(
      extractHtml(readFixture(caseAt(0).file), 'https://www.crunchbase.com/organization/quotaly'),
    ).toEqual([]);
  });

  it.each(CASES)('never throws on a truncated $file', ({ file, url }) => {
    const html = readFixture(file);
    for (let cut = 0; cut < html.length; cut += Math.ceil(html.length / 60)) {
      const signals = extractHtml(html.slice(0, cut), url);
      expect(Array.isArray(signals)).toBe(true);
      for (const signal of signals) expect(signalSchema.safeParse(signal).success).toBe(true);
    }
  });
});

describe('crunchbaseOrganizationExtractor.matches', () => {
  it.each([
    ['https://www.crunchbase.com/organization/northwind-ledger', true],
    ['https://www.crunchbase.com/organization/northwind-ledger/', true],
    ['https://www.crunchbase.com/organization/northwind-ledger/company_financials', true],
    ['https://crunchbase.com/organization/northwind-ledger?utm_source=x', true],
    ['https://www.crunchbase.com/organization/', false],
    ['https://www.crunchbase.com/person/jane-doe', false],
    ['https://www.crunchbase.com/search/organizations/field/organizations/num_employees_enum/acme', false],
    ['https://news.crunchbase.com/organization/northwind-ledger', false],
    ['https://www.crunchbase.com.evil.example/organization/northwind-ledger', false],
    ['https://www.linkedin.com/company/northwind-ledger', false],
  ])('%s -> %s', (url, expected) => {
    expect(crunchbaseOrganizationExtractor.matches(new URL(url))).toBe(expected);
  });
});

describe('Crunchbase state helpers', () => {
  it("decodes Angular's escaped client-app-state in one pass", () => {
    expect(unescapeAngularState('{&q;a&q;:&q;Tallgrass&s; &l;b&g;Freight&l;/b&g; &a; Co&q;}')).toBe(
      '{"a":"Tallgrass\' <b>Freight</b> & Co"}',
    );
    // An escaped "&q;" in the data stays text, it does not become a quote.
    expect(unescapeAngularState('&a;q;')).toBe('&q;');
    expect(JSON.parse(unescapeAngularState('{&q;x&q;:[1,&q;&a;&q;]}'))).toEqual({ x: [1, '&'] });
  });

  it('matches a request key on the whole permalink', () => {
    expect(
      keyNamesOrganization('GET/https://x/v4/data/entities/organizations/acme?field_ids=1', 'acme'),
    ).toBe(true);
    expect(keyNamesOrganization('/v4/data/entities/organizations/acme', 'acme')).toBe(true);
    expect(keyNamesOrganization('/v4/data/entities/organizations/acme-labs?x=1', 'acme')).toBe(false);
  });

  it('finds the entity under data or body, and skips another permalink', () => {
    const entity = { properties: { identifier: { permalink: 'acme' }, title: 'Acme' } };
    expect(
      findOrganizationEntity({ HttpState: { '/entities/organizations/acme': { body: entity } } }, 'acme'),
    ).toMatchObject({ entity });
    const other = { properties: { identifier: { permalink: 'acme-2' }, title: 'Acme 2' } };
    expect(
      findOrganizationEntity({ HttpState: { '/entities/organizations/acme': { data: other } } }, 'acme'),
    ).toBeUndefined();
    expect(findOrganizationEntity('not state', 'acme')).toBeUndefined();
  });

  it('normalizes employee enums and display dates', () => {
    expect(employeeRangeFromEnum('c_01001_05000')).toBe('1001-5000');
    expect(employeeRangeFromEnum('c_10001_max')).toBe('10001+');
    expect(employeeRangeFromEnum('c_00011_00050')).toBe('11-50');
    expect(employeeRangeFromEnum('unknown')).toBeUndefined();
    expect(isoDayFromDisplay('Mar 4, 2024')).toBe('2024-03-04');
    expect(isoDayFromDisplay('September 20, 2022')).toBe('2022-09-20');
    expect(isoDayFromDisplay('Feb 30, 2024')).toBeUndefined();
    expect(isoDayFromDisplay('Xxx 00, 0000')).toBeUndefined();
  });

  it('treats non-USD and paywalled money as unknown', () => {
    const html = `<h1 class="profile-name">Acme</h1>
      <a href="/search/funding_rounds/field/organizations/funding_total/acme"><span title="€12M">€12M</span></a>
      <div class="blurred"><a href="/search/people/field/organizations/num_employees_enum/acme">11-50</a></div>
      <a href="/search/funding_rounds/field/organizations/last_funding_type/acme">Seed</a>`;
    expect(valuesOf(extractHtml(html, 'https://www.crunchbase.com/organization/acme'))).toEqual({
      name: 'Acme',
      fundingStage: 'seed',
    });
  });
});
