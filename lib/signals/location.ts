import { CITY_NAMED_SUBDIVISIONS, SUBDIVISION_TABLES } from '@/lib/signals/subdivisions';
import { CONTROL_CHARACTERS, countryFromKey, FORMAT_CHARACTERS, placeKey } from './country';

export { countryCode, placeKey } from './country';

export interface Headquarters {
  city?: string;
  region?: string;
  /** ISO 3166-1 alpha-2. */
  country?: string;
}

/** Longer than any headquarters line; past this the text is not an address and is not read. */
const MAX_ADDRESS_LENGTH = 300;
const MAX_PART_LENGTH = 80;

interface SubdivisionIndex {
  readonly byCode: ReadonlyMap<string, ReadonlySet<string>>;
  readonly byName: ReadonlyMap<string, ReadonlySet<string>>;
  readonly cityNamed: ReadonlySet<string>;
}

let subdivisionIndex: SubdivisionIndex | undefined;

function addCountry(map: Map<string, Set<string>>, key: string, country: string): void {
  const countries = map.get(key) ?? new Set<string>();
  countries.add(country);
  map.set(key, countries);
}

function buildSubdivisionIndex(): SubdivisionIndex {
  const byCode = new Map<string, Set<string>>();
  const byName = new Map<string, Set<string>>();
  for (const table of SUBDIVISION_TABLES) {
    for (const subdivision of table.subdivisions) {
      if (subdivision.code) addCountry(byCode, placeKey(subdivision.code), table.country);
      for (const name of subdivision.names) addCountry(byName, placeKey(name), table.country);
    }
  }
  const cityNamed = new Set(CITY_NAMED_SUBDIVISIONS.map(placeKey));
  return { byCode, byName, cityNamed };
}

function getSubdivisionIndex(): SubdivisionIndex {
  subdivisionIndex ??= buildSubdivisionIndex();
  return subdivisionIndex;
}

const NO_COUNTRIES: ReadonlySet<string> = new Set();

function codeCountries(key: string): ReadonlySet<string> {
  return getSubdivisionIndex().byCode.get(key) ?? NO_COUNTRIES;
}

function nameCountries(key: string): ReadonlySet<string> {
  return getSubdivisionIndex().byName.get(key) ?? NO_COUNTRIES;
}

function isUspsCode(key: string): boolean {
  return key.length === 2 && codeCountries(key).has('US');
}

function isCityNamed(key: string): boolean {
  return getSubdivisionIndex().cityNamed.has(key);
}

function onlyCountry(countries: ReadonlySet<string>): string | undefined {
  return countries.size === 1 ? [...countries][0] : undefined;
}

function subdivisionCountries(key: string): ReadonlySet<string> {
  return new Set([...codeCountries(key), ...nameCountries(key)]);
}

/**
 * The country a first-level subdivision belongs to ("NJ", "Ontario", "Bayern", "SP" -> "BR"), when
 * only one country has it. A USPS code wins a tie ("WA" is Washington before Western Australia),
 * as it does in headquarters lines.
 */
export function regionCountry(region: string): string | undefined {
  try {
    if (typeof region !== 'string' || region.length > MAX_PART_LENGTH) return undefined;
    const key = placeKey(region);
    if (!key) return undefined;
    if (isUspsCode(key)) return 'US';
    return onlyCountry(subdivisionCountries(key));
  } catch {
    return undefined;
  }
}

type LastPartReading =
  | { kind: 'country'; country: string }
  | { kind: 'region'; country: string }
  | { kind: 'ambiguous' }
  | { kind: 'unknown' };

const UNKNOWN: LastPartReading = { kind: 'unknown' };
const AMBIGUOUS: LastPartReading = { kind: 'ambiguous' };

/**
 * A bare two-letter code. Ending a line of three or more parts, or alone, a country code is a
 * country ("Toronto, ON, CA"). Right after a city, a USPS code is a US state ("Toronto, CA" is California).
 * Any other code that is both a subdivision and a country ("Porto Alegre, RS": Rio Grande do Sul
 * or Serbia?), or a subdivision of two countries ("NT"), is left unread.
 */
function readTwoLetterCode(key: string, partCount: number): LastPartReading {
  const country = countryFromKey(key);
  if (country && partCount !== 2) return { kind: 'country', country };
  if (isUspsCode(key)) return { kind: 'region', country: 'US' };
  const subdivisionCountry = onlyCountry(codeCountries(key));
  if (codeCountries(key).size > 1 || (subdivisionCountry && country)) return AMBIGUOUS;
  if (subdivisionCountry) return { kind: 'region', country: subdivisionCountry };
  return country ? { kind: 'country', country } : UNKNOWN;
}

/**
 * A name (or a longer code such as "NSW", "USA"). "England" is both a subdivision and a name of
 * its country, which agree; "Georgia" is a US state and a country, which do not.
 */
function readName(key: string, partCount: number): LastPartReading {
  // Alone, "Berlin" or "New York" is the city, and says nothing about the country.
  if (partCount === 1 && isCityNamed(key)) return UNKNOWN;
  const country = countryFromKey(key);
  const subdivisions = subdivisionCountries(key);
  if (subdivisions.size === 0) return country ? { kind: 'country', country } : UNKNOWN;
  const subdivisionCountry = onlyCountry(subdivisions);
  if (!subdivisionCountry || (country && country !== subdivisionCountry)) return AMBIGUOUS;
  return { kind: 'region', country: subdivisionCountry };
}

function readLastPart(part: string, partCount: number): LastPartReading {
  const key = placeKey(part);
  if (!key) return UNKNOWN;
  return /^[a-z]{2}$/.test(key) ? readTwoLetterCode(key, partCount) : readName(key, partCount);
}

/** House numbers ("1 Anvil Way", "221B Baker Street") have 1-3 digits; postal codes have more. */
const HOUSE_NUMBER_FIRST = /^\d{1,3}[a-z]?\b/i;
/** Whole words that mark a street line, in the languages of the addresses we read. */
const STREET_WORDS = [
  ...['street', 'avenue', 'ave', 'road', 'rd', 'way', 'boulevard', 'blvd', 'lane', 'drive', 'court'],
  ...['place', 'plaza', 'parkway', 'pkwy', 'highway', 'hwy', 'suite', 'floor', 'building', 'bldg', 'unit'],
  ...['loop', 'square', 'terrace', 'crescent', 'box', 'c/o'],
  ...['rue', 'chemin', 'allée', 'allee', 'quai'],
  ...['calle', 'avenida', 'carrera', 'paseo', 'rua', 'travessa', 'alameda', 'praça', 'praca'],
  ...['via', 'viale', 'piazza', 'corso', 'straat', 'laan', 'plein', 'gracht', 'weg', 'strasse', 'straße'],
];
// "St", "Dr", "Fl" and "Pl" are left out: "St. Louis", and FL is Florida.
const STREET_WORD = new RegExp(`(?:^|[\\s\\p{P}])(?:${STREET_WORDS.join('|')})(?=$|[\\s\\p{P}])`, 'iu');
/** German and Dutch street names are compounds: "Hauptstraße", "Ringstr.", "Keizersgracht". */
const STREET_SUFFIX =
  /\p{L}(?:straße|strasse|str\.|weg|allee|platz|gasse|damm|ufer|straat|laan|gracht|kade)(?=$|[\s\p{P}\d])/iu;

function isStreetLike(part: string): boolean {
  return HOUSE_NUMBER_FIRST.test(part) || STREET_WORD.test(part) || STREET_SUFFIX.test(part);
}

/** Dutch postal codes ("1012 AB") are the one common kind whose second half has no digit. */
const DUTCH_POSTAL_CODE = /\b\d{4} ?[A-Z]{2}\b/g;
const EDGE_PUNCTUATION = /^[\s\-\u2010-\u2015/|\u00b7\u2022]+|[\s\-\u2010-\u2015/|\u00b7\u2022]+$/g;
/** What is left of a place name: letters, marks, spaces and the punctuation names really use. */
const PLACE_NAME = /^[\p{L}\p{M}][\p{L}\p{M}\s.'\u2019()&-]*$/u;

/** "NJ 07004" -> "NJ", "10115 Berlin" -> "Berlin", "London SW1A 1AA" -> "London". */
function withoutPostalCode(part: string): string {
  return part
    .replace(DUTCH_POSTAL_CODE, ' ')
    .split(' ')
    .filter((token) => !/\d/.test(token))
    .join(' ')
    .replace(EDGE_PUNCTUATION, '')
    .trim();
}

function splitParts(text: string): string[] {
  return text
    .replace(FORMAT_CHARACTERS, '')
    .replace(CONTROL_CHARACTERS, ' ')
    .split(/[,\u060c\uff0c]/)
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter((part) => part.length > 0);
}

/** The place parts of an address, street lines and postal codes removed; [] when it is not one. */
function placeParts(text: string): string[] {
  const parts = splitParts(text);
  if (parts.some((part) => part.length > MAX_PART_LENGTH)) return [];
  while (parts.length > 1 && isStreetLike(parts[0] ?? '')) parts.shift();
  const places = parts.map(withoutPostalCode).filter((part) => part.length > 0);
  return places.every((part) => PLACE_NAME.test(part)) ? places : [];
}

function compact(place: Headquarters): Headquarters {
  const result: Headquarters = {};
  if (place.city) result.city = place.city;
  if (place.region) result.region = place.region;
  if (place.country) result.country = place.country;
  return result;
}

/** What comes before a known country: "City", "City, Region", or a lone region ("Ontario, Canada"). */
function beforeCountry(rest: readonly string[], country: string): Headquarters {
  if (rest.length >= 2) return { city: rest.at(-2), region: rest.at(-1), country };
  const only = rest[0];
  if (only === undefined) return { country };
  const key = placeKey(only);
  const isRegion = !isCityNamed(key) && subdivisionCountries(key).has(country);
  return isRegion ? { region: only, country } : { city: only, country };
}

function readPlaceParts(parts: readonly string[]): Headquarters {
  const last = parts.at(-1);
  if (last === undefined) return {};
  const rest = parts.slice(0, -1);
  const reading = readLastPart(last, parts.length);
  switch (reading.kind) {
    case 'country':
      return beforeCountry(rest, reading.country);
    case 'region':
      return { city: rest.at(-1), region: last, country: reading.country };
    case 'ambiguous':
      return { city: rest.at(-1) };
    case 'unknown':
      return rest.length === 0 ? { city: last } : { city: rest.at(-1), region: last };
  }
}

/**
 * City, region and ISO country from a headquarters line as LinkedIn and address blocks write it:
 * "Fairfield, NJ", "Walldorf, Baden-Württemberg", "1 Anvil Way, Fairfield, NJ 07004, US".
 * The country is only set when the text names it or names a subdivision that belongs to one
 * country; "Berlin" alone has no country. City and region are kept as written.
 */
export function parseHeadquarters(text: string): Headquarters {
  try {
    if (typeof text !== 'string' || text.length > MAX_ADDRESS_LENGTH) return {};
    return compact(readPlaceParts(placeParts(text)));
  } catch {
    return {};
  }
}
