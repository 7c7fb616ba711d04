import { describe, expect, it } from 'vitest';
import { countryCode, type Headquarters, parseHeadquarters, regionCountry } from '@/lib/signals/location';
import { COUNTRY_ALIASES } from '@/lib/signals/country-aliases';
import { SUBDIVISION_TABLES } from '@/lib/signals/subdivisions';
import { ODD_STRINGS } from '../helpers/odd-strings';

describe('countryCode', () => {
  it.each([
    ['US', 'US'],
    ['us', 'US'],
    ['United States', 'US'],
    ['United States of America', 'US'],
    ['USA', 'US'],
    ['U.S.', 'US'],
    ['u.s.a.', 'US'],
    ['États-Unis', 'US'],
    ['Vereinigte Staaten', 'US'],
    ['Estados Unidos', 'US'],
    ['Amerika Birleşik Devletleri', 'US'],
    ['UK', 'GB'],
    ['United Kingdom', 'GB'],
    ['Great Britain', 'GB'],
    ['England', 'GB'],
    ['Scotland', 'GB'],
    ['Wales', 'GB'],
    ['Northern Ireland', 'GB'],
    ['GB', 'GB'],
    ['Deutschland', 'DE'],
    ['Germany', 'DE'],
    ['Allemagne', 'DE'],
    ['Alemania', 'DE'],
    ['Germania', 'DE'],
    ['de', 'DE'],
    ['Türkiye', 'TR'],
    ['Turkiye', 'TR'],
    ['Turkey', 'TR'],
    ['Nederland', 'NL'],
    ['Netherlands', 'NL'],
    ['The Netherlands', 'NL'],
    ['Holland', 'NL'],
    ['España', 'ES'],
    ['Espana', 'ES'],
    ['Brasil', 'BR'],
    ['Brazil', 'BR'],
    ['Italia', 'IT'],
    ['Canada', 'CA'],
    ['  canada  ', 'CA'],
    ['CANADA', 'CA'],
    ['Canada.', 'CA'],
    ['Schweiz', 'CH'],
    ['Suisse', 'CH'],
    ['Österreich', 'AT'],
    ['Czech Republic', 'CZ'],
    ['Czechia', 'CZ'],
    ['Korea', 'KR'],
    ['South Korea', 'KR'],
    ['Russia', 'RU'],
    ['Vietnam', 'VN'],
    ['Côte d’Ivoire', 'CI'],
    ["Cote d'Ivoire", 'CI'],
    ['Bosnia & Herzegovina', 'BA'],
    ['Bosnia and Herzegovina', 'BA'],
    ['Hong Kong', 'HK'],
    ['United  Arab   Emirates', 'AE'],
    ['\u200eIndia\u200f', 'IN'],
    ['Bahamas', 'BS'],
    ['The Bahamas', 'BS'],
  ])('maps %j to %j', (text, expected) => {
    expect(countryCode(text)).toBe(expected);
  });

  it.each([
    ['', 'empty'],
    ['   ', 'blank'],
    ['EU', 'a union'],
    ['European Union', 'a union, by name'],
    ['UN', 'an organization'],
    ['ZZ', 'unknown region'],
    ['XA', 'a pseudo-region'],
    ['QQ', 'an unassigned code'],
    ['DD', 'a deprecated code (East Germany)'],
    ['SU', 'a deprecated code (Soviet Union)'],
    ['California', 'a US state'],
    ['NJ', 'a USPS code'],
    ['Berlin', 'a city'],
    ['Atlantis', 'not a country'],
    ['United', 'a fragment'],
  ])('gives undefined for %j (%s)', (text) => {
    expect(countryCode(text)).toBeUndefined();
  });

  it('maps every alias to a code it also accepts as a code', () => {
    for (const code of Object.values(COUNTRY_ALIASES)) expect(countryCode(code)).toBe(code);
  });

  it('knows every country a subdivision table points to', () => {
    for (const table of SUBDIVISION_TABLES) expect(countryCode(table.country)).toBe(table.country);
  });

  it(`never throws on ${ODD_STRINGS.length} odd strings and only returns two-letter codes`, () => {
    expect(ODD_STRINGS).toHaveLength(200);
    for (const text of ODD_STRINGS) {
      const code = countryCode(text);
      if (code !== undefined) expect(code).toMatch(/^[A-Z]{2}$/);
    }
    expect(countryCode(null as unknown as string)).toBeUndefined();
  });
});

describe('regionCountry', () => {
  it.each<[string, string | undefined]>([
    ['NJ', 'US'],
    ['nj', 'US'],
    ['New Jersey', 'US'],
    ['Washington', 'US'],
    ['D.C.', 'US'],
    ['Georgia', 'US'],
    ['Ontario', 'CA'],
    ['QC', 'CA'],
    ['Québec', 'CA'],
    ['England', 'GB'],
    ['NSW', 'AU'],
    ['Victoria', 'AU'],
    ['WA', 'US'],
    ['Bayern', 'DE'],
    ['Bavaria', 'DE'],
    ['Baden-Württemberg', 'DE'],
    ['Baden-Wuerttemberg', 'DE'],
    ['Baden Wurttemberg', 'DE'],
    ['Karnataka', 'IN'],
    ['SP', 'BR'],
    ['São Paulo', 'BR'],
    ['Sao Paulo', 'BR'],
    ['Île-de-France', 'FR'],
    ['Ile de France', 'FR'],
    ['NT', undefined],
    ['PE', undefined],
    ['Punjab', undefined],
    ['Guangdong', undefined],
    ['', undefined],
  ])('maps the region %j to %j', (region, expected) => {
    expect(regionCountry(region)).toBe(expected);
  });

  it('never throws on odd strings', () => {
    for (const text of ODD_STRINGS) expect(() => regionCountry(text)).not.toThrow();
  });
});

describe('parseHeadquarters', () => {
  it.each<[string, Headquarters]>([
    ['Fairfield, NJ', { city: 'Fairfield', region: 'NJ', country: 'US' }],
    ['Fairfield , NJ ', { city: 'Fairfield', region: 'NJ', country: 'US' }],
    ['\u200eFairfield, NJ\u200f', { city: 'Fairfield', region: 'NJ', country: 'US' }],
    ['Fairfield, NJ 07004, US', { city: 'Fairfield', region: 'NJ', country: 'US' }],
    ['Fairfield, NJ, 07004, US', { city: 'Fairfield', region: 'NJ', country: 'US' }],
    ['1 Anvil Way, Fairfield, NJ 07004, US', { city: 'Fairfield', region: 'NJ', country: 'US' }],
    ['One Anvil Way, Fairfield, NJ 07004, United States', { city: 'Fairfield', region: 'NJ', country: 'US' }],
    ['1 Anvil Way, Fairfield', { city: 'Fairfield' }],
    ['Redmond, Washington', { city: 'Redmond', region: 'Washington', country: 'US' }],
    ['San Francisco, CA', { city: 'San Francisco', region: 'CA', country: 'US' }],
    [
      'San Francisco, California, United States',
      { city: 'San Francisco', region: 'California', country: 'US' },
    ],
    ['Atlanta, GA', { city: 'Atlanta', region: 'GA', country: 'US' }],
    ['Atlanta, Georgia, United States', { city: 'Atlanta', region: 'Georgia', country: 'US' }],
    ['Washington, DC', { city: 'Washington', region: 'DC', country: 'US' }],
    ['Washington, D.C.', { city: 'Washington', region: 'D.C.', country: 'US' }],
    ['New York, NY', { city: 'New York', region: 'NY', country: 'US' }],
    ['New York, New York', { city: 'New York', region: 'New York', country: 'US' }],
    ['New York, United States', { city: 'New York', country: 'US' }],
    ['Toronto, Ontario', { city: 'Toronto', region: 'Ontario', country: 'CA' }],
    ['Toronto, Ontario, Canada', { city: 'Toronto', region: 'Ontario', country: 'CA' }],
    ['Toronto, ON, CA', { city: 'Toronto', region: 'ON', country: 'CA' }],
    ['Vancouver, BC', { city: 'Vancouver', region: 'BC', country: 'CA' }],
    ['Montréal, Québec', { city: 'Montréal', region: 'Québec', country: 'CA' }],
    ['London, England', { city: 'London', region: 'England', country: 'GB' }],
    ['London, England, United Kingdom', { city: 'London', region: 'England', country: 'GB' }],
    ['London, United Kingdom', { city: 'London', country: 'GB' }],
    ['London, UK', { city: 'London', country: 'GB' }],
    ['London SW1A 1AA, UK', { city: 'London', country: 'GB' }],
    ['Edinburgh, Scotland', { city: 'Edinburgh', region: 'Scotland', country: 'GB' }],
    ['Sydney, NSW', { city: 'Sydney', region: 'NSW', country: 'AU' }],
    ['Melbourne, Victoria', { city: 'Melbourne', region: 'Victoria', country: 'AU' }],
    ['Perth, Western Australia', { city: 'Perth', region: 'Western Australia', country: 'AU' }],
    ['Perth, WA, Australia', { city: 'Perth', region: 'WA', country: 'AU' }],
    ['Walldorf, Baden-Württemberg', { city: 'Walldorf', region: 'Baden-Württemberg', country: 'DE' }],
    ['München, Bayern', { city: 'München', region: 'Bayern', country: 'DE' }],
    ['Munich, Bavaria', { city: 'Munich', region: 'Bavaria', country: 'DE' }],
    ['Berlin, Berlin', { city: 'Berlin', region: 'Berlin', country: 'DE' }],
    ['Düsseldorf, NRW', { city: 'Düsseldorf', region: 'NRW', country: 'DE' }],
    [
      'Dietmar-Hopp-Allee 16, Walldorf, Baden-Württemberg 69190, DE',
      { city: 'Walldorf', region: 'Baden-Württemberg', country: 'DE' },
    ],
    ['Hauptstraße 5, 10115 Berlin, Germany', { city: 'Berlin', country: 'DE' }],
    ['10115 Berlin, Germany', { city: 'Berlin', country: 'DE' }],
    ['Berlin, Germany', { city: 'Berlin', country: 'DE' }],
    ['Berlin, Deutschland', { city: 'Berlin', country: 'DE' }],
    ['Berlin', { city: 'Berlin' }],
    ['Bengaluru, Karnataka', { city: 'Bengaluru', region: 'Karnataka', country: 'IN' }],
    ['Mumbai, Maharashtra', { city: 'Mumbai', region: 'Maharashtra', country: 'IN' }],
    ['São Paulo, São Paulo', { city: 'São Paulo', region: 'São Paulo', country: 'BR' }],
    ['São Paulo, SP', { city: 'São Paulo', region: 'SP', country: 'BR' }],
    ['Rio de Janeiro, RJ', { city: 'Rio de Janeiro', region: 'RJ', country: 'BR' }],
    ['Paris, Île-de-France', { city: 'Paris', region: 'Île-de-France', country: 'FR' }],
    ['Paris, Ile-de-France', { city: 'Paris', region: 'Ile-de-France', country: 'FR' }],
    ['Lyon, Auvergne-Rhône-Alpes', { city: 'Lyon', region: 'Auvergne-Rhône-Alpes', country: 'FR' }],
    ['Paris, France', { city: 'Paris', country: 'FR' }],
    ['1012 AB Amsterdam, Netherlands', { city: 'Amsterdam', country: 'NL' }],
    ['Amsterdam, North Holland, Netherlands', { city: 'Amsterdam', region: 'North Holland', country: 'NL' }],
    ['Shenzhen, Guangdong', { city: 'Shenzhen', region: 'Guangdong' }],
    ['Shenzhen, Guangdong, China', { city: 'Shenzhen', region: 'Guangdong', country: 'CN' }],
    ['Istanbul, Türkiye', { city: 'Istanbul', country: 'TR' }],
    ['California', { region: 'California', country: 'US' }],
    ['Ontario, Canada', { region: 'Ontario', country: 'CA' }],
    ['Germany', { country: 'DE' }],
    ['US', { country: 'US' }],
    ['New York', { city: 'New York' }],
  ])('reads %j', (text, expected) => {
    expect(parseHeadquarters(text)).toEqual(expected);
  });

  it.each<[string, Headquarters, string]>([
    ['Atlanta, Georgia', { city: 'Atlanta' }, 'Georgia is a US state and a country'],
    ['Tbilisi, Georgia', { city: 'Tbilisi' }, 'Georgia is a US state and a country'],
    ['Georgia', {}, 'Georgia is a US state and a country'],
    ['Porto Alegre, RS', { city: 'Porto Alegre' }, 'RS is Rio Grande do Sul and Serbia'],
    ['Amsterdam, NL', { city: 'Amsterdam' }, 'NL is Newfoundland and the Netherlands'],
    ['Darwin, NT', { city: 'Darwin' }, 'NT is in Canada and in Australia'],
    ['Perth, WA', { city: 'Perth', region: 'WA', country: 'US' }, 'a USPS code after a city is a US state'],
    [
      'Toronto, CA',
      { city: 'Toronto', region: 'CA', country: 'US' },
      'a USPS code after a city is a US state',
    ],
  ])('does not guess on %j', (text, expected) => {
    expect(parseHeadquarters(text)).toEqual(expected);
  });

  it.each([
    '',
    '   ',
    ',,,',
    '😀',
    '12345',
    '<script>',
    'Berlin 🇩🇪',
    'x'.repeat(301),
    `${'a, '.repeat(200)}US`,
  ])('gives {} for %j', (text) => {
    expect(parseHeadquarters(text)).toEqual({});
  });

  it(`never throws on ${ODD_STRINGS.length} odd strings and returns only well-formed parts`, () => {
    expect(ODD_STRINGS).toHaveLength(200);
    for (const text of ODD_STRINGS) {
      const place = parseHeadquarters(text);
      for (const key of Object.keys(place)) expect(['city', 'region', 'country']).toContain(key);
      if (place.country !== undefined) expect(place.country).toMatch(/^[A-Z]{2}$/);
      for (const part of [place.city, place.region]) {
        if (part !== undefined) expect(part.trim()).toBe(part);
        if (part !== undefined) expect(part.length).toBeGreaterThan(0);
      }
    }
    expect(parseHeadquarters(null as unknown as string)).toEqual({});
  });
});
