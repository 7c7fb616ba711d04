import { COUNTRY_ALIASES, COUNTRY_NAME_LOCALES, NON_COUNTRY_CODES } from '@/lib/signals/country-aliases';

/**
 * Countries by name or code, in the eight interface languages Fitcheck reads, built from the
 * runtime's own region names (Intl.DisplayNames) rather than a hand-kept list.
 */
const MAX_COUNTRY_TEXT_LENGTH = 100;

/** Bidi marks, zero-width characters and other invisibles that page text carries along. */
export const FORMAT_CHARACTERS = /\p{Cf}/gu;
export const CONTROL_CHARACTERS = /\p{Cc}/gu;

/**
 * The matching key for a place name: case, accents, dots ("U.S."), hyphens ("Île-de-France"),
 * "&" and whitespace do not matter.
 */
export function placeKey(text: string): string {
  return text
    .replace(FORMAT_CHARACTERS, '')
    .replace(CONTROL_CHARACTERS, ' ')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'")
    .replace(/&/g, ' and ')
    .replace(/\./g, '')
    .replace(/[-\u2010-\u2015_]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

interface CountryIndex {
  /** Country names in all our locales, plus aliases, by place key. */
  readonly names: ReadonlyMap<string, string>;
  /** Two-letter codes that are current countries or territories. */
  readonly codes: ReadonlySet<string>;
}

let countryIndex: CountryIndex | undefined;

function allTwoLetterCodes(): string[] {
  const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
  return letters.flatMap((first) => letters.map((second) => `${first}${second}`));
}

/** Deprecated codes (DD, SU, UK, YU...) canonicalize to their successor; only current codes stay. */
function isCurrentCode(code: string): boolean {
  try {
    return Intl.getCanonicalLocales(`und-${code}`)[0] === `und-${code}`;
  } catch {
    return false;
  }
}

function displayNames(locale: string): Intl.DisplayNames | undefined {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' });
  } catch {
    return undefined;
  }
}

function nameOf(names: Intl.DisplayNames | undefined, code: string): string | undefined {
  try {
    const name = names?.of(code);
    // For an unknown code the API falls back to the code itself: that is not a region name.
    return name && name !== code ? name : undefined;
  } catch {
    return undefined;
  }
}

function countryCodesFromIntl(): Set<string> {
  const english = displayNames('en');
  const codes = allTwoLetterCodes().filter(
    (code) => !NON_COUNTRY_CODES.has(code) && nameOf(english, code) !== undefined && isCurrentCode(code),
  );
  return new Set(codes);
}

/** Adds a name; a key two countries claim (none today, but locales change) is dropped, not guessed. */
function addName(names: Map<string, string>, conflicts: Set<string>, name: string, code: string): void {
  const key = placeKey(name);
  if (!key || conflicts.has(key)) return;
  const existing = names.get(key);
  if (existing !== undefined && existing !== code) {
    names.delete(key);
    conflicts.add(key);
    return;
  }
  names.set(key, code);
}

function buildCountryIndex(): CountryIndex {
  const codes = countryCodesFromIntl();
  const names = new Map<string, string>();
  const conflicts = new Set<string>();
  for (const locale of COUNTRY_NAME_LOCALES) {
    const localeNames = displayNames(locale);
    for (const code of codes) {
      const name = nameOf(localeNames, code);
      if (name) addName(names, conflicts, name, code);
    }
  }
  // Aliases are deliberate, so they win over anything the locales produced.
  for (const [alias, code] of Object.entries(COUNTRY_ALIASES)) names.set(placeKey(alias), code);
  return { names, codes };
}

function getCountryIndex(): CountryIndex {
  countryIndex ??= buildCountryIndex();
  return countryIndex;
}

export function countryFromKey(key: string): string | undefined {
  const index = getCountryIndex();
  const named = index.names.get(key) ?? index.names.get(key.replace(/^the /, ''));
  if (named) return named;
  const code = key.toUpperCase();
  return /^[A-Z]{2}$/.test(code) && index.codes.has(code) ? code : undefined;
}

/**
 * ISO 3166-1 alpha-2 code from a country name (in en, de, fr, es, pt, tr, nl or it) or code, in any
 * case: "United States", "USA", "us", "Deutschland", "Allemagne" and "Türkiye" all work.
 */
export function countryCode(text: string): string | undefined {
  try {
    if (typeof text !== 'string' || text.length > MAX_COUNTRY_TEXT_LENGTH) return undefined;
    const key = placeKey(text);
    return key ? countryFromKey(key) : undefined;
  } catch {
    return undefined;
  }
}
