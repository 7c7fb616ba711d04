import { type CountLanguage, findLocaleNumber, type LocaleNumberMatch } from '@/lib/signals/parse-number';

export interface EmployeeBand {
  min: number;
  max?: number;
  label: string;
}

/** The company-size bands LinkedIn lets a page declare; the last one is open-ended. */
export const LINKEDIN_SIZE_BANDS: readonly EmployeeBand[] = [
  { min: 0, max: 1, label: '0-1' },
  { min: 2, max: 10, label: '2-10' },
  { min: 11, max: 50, label: '11-50' },
  { min: 51, max: 200, label: '51-200' },
  { min: 201, max: 500, label: '201-500' },
  { min: 501, max: 1000, label: '501-1000' },
  { min: 1001, max: 5000, label: '1001-5000' },
  { min: 5001, max: 10000, label: '5001-10000' },
  { min: 10001, label: '10001+' },
];

/** LinkedIn's wording for the 0-1 band in its size picker. */
const SOLO_LABEL = /^\s*myself only\s*$/i;

/** Hyphen, non-breaking hyphen, figure/en/em dash and minus, with optional spaces around them. */
const RANGE_DASH = /[ \t\u00a0\u202f\u2009]*[-\u2010\u2011\u2012\u2013\u2014\u2212][ \t\u00a0\u202f\u2009]*/y;

const NORMALIZED_RANGE = /^(\d{1,15})-(\d{1,15})$/;
const NORMALIZED_OPEN_RANGE = /^(\d{1,15})\+$/;

/** Beyond this many numbers, the text is not a size label; stop rather than scan a huge string. */
const MAX_NUMBERS_SCANNED = 20;

/**
 * "1K-5K" is LinkedIn's abbreviation of the 1001-5000 band: the abbreviation loses the +1 of the
 * lower bound, so snap to the band whose upper bound matches and whose lower bound is N or N+1.
 */
function snapClosedBand(min: number, max: number): string | undefined {
  const band = LINKEDIN_SIZE_BANDS.find(
    (candidate) => candidate.max === max && (candidate.min === min || candidate.min === min + 1),
  );
  return band?.label;
}

/** "10K+" is the 10001+ band, for the same reason. */
function snapOpenBand(min: number): string | undefined {
  const band = LINKEDIN_SIZE_BANDS.find(
    (candidate) => candidate.max === undefined && (candidate.min === min || candidate.min === min + 1),
  );
  return band?.label;
}

function closedRange(low: LocaleNumberMatch, high: LocaleNumberMatch): string | undefined {
  if (low.value === undefined || high.value === undefined || low.value > high.value) return undefined;
  if (low.abbreviated || high.abbreviated) return snapClosedBand(low.value, high.value);
  return `${low.value}-${high.value}`;
}

function openRange(floor: LocaleNumberMatch): string | undefined {
  if (floor.value === undefined) return undefined;
  return floor.abbreviated ? snapOpenBand(floor.value) : `${floor.value}+`;
}

const SPACES = '[ \\t\\u00a0\\u202f\\u2009]+';
const rangeWord = (words: string) => new RegExp(`${SPACES}(?:${words})${SPACES}`, 'iuy');

/**
 * The word some interface languages write between the bounds instead of a dash: "De 201 a 500
 * empleados", "51 a 200 funcionários", "De 51 à 200 employés", "Entre 201 et 500 employés".
 * Only for a page whose language is given.
 */
const RANGE_WORDS: Partial<Record<CountLanguage, RegExp>> = {
  de: rangeWord('bis'),
  fr: rangeWord('à|a|et'),
  es: rangeWord('a'),
  pt: rangeWord('a'),
  nl: rangeWord('tot'),
  it: rangeWord('a|e'),
};

/** Where the upper bound may start: after a dash, or the language's "to" word. */
function upperBoundStart(
  text: string,
  from: number,
  language: CountLanguage | undefined,
): number | undefined {
  RANGE_DASH.lastIndex = from;
  if (RANGE_DASH.test(text)) return RANGE_DASH.lastIndex;
  const word = language ? RANGE_WORDS[language] : undefined;
  if (!word) return undefined;
  word.lastIndex = from;
  return word.test(text) ? word.lastIndex : undefined;
}

/** The number that starts right after a dash (or "a", "à", "bis"…) following `low`, if any. */
function upperBoundAfter(
  text: string,
  low: LocaleNumberMatch,
  language: CountLanguage | undefined,
): LocaleNumberMatch | undefined {
  const start = upperBoundStart(text, low.end, language);
  if (start === undefined) return undefined;
  const high = findLocaleNumber(text, start, language);
  return high?.start === start ? high : undefined;
}

/**
 * Some interface languages write the open band as "more than N" rather than "N+": "Más de 10.001
 * empleados", "Plus de 10 001 employés". Only for a page whose language is given, so text without
 * a language reads as before; English pages write "10,001+".
 */
const MORE_THAN: Partial<Record<CountLanguage, RegExp>> = {
  de: /(?:^|[\s(])(?:mehr als|über)\s*$/iu,
  fr: /(?:^|[\s(])plus de\s*$/iu,
  es: /(?:^|[\s(])más de\s*$/iu,
  pt: /(?:^|[\s(])mais de\s*$/iu,
  nl: /(?:^|[\s(])(?:meer dan|ruim)\s*$/iu,
  it: /(?:^|[\s(])(?:oltre|più di)\s*$/iu,
};

/** "Más de 10.001" is the open band when "10.001" (or "10.000") is where that band starts. */
function moreThanBand(
  text: string,
  low: LocaleNumberMatch,
  language: CountLanguage | undefined,
): string | undefined {
  const moreThan = language ? MORE_THAN[language] : undefined;
  if (!moreThan || low.value === undefined || !moreThan.test(text.slice(0, low.start))) return undefined;
  return snapOpenBand(low.value);
}

/** The first "A-B" or "N+" in the text, judged on its own: a malformed one is not skipped over. */
function findRange(text: string, language: CountLanguage | undefined): string | undefined {
  let from = 0;
  for (let scanned = 0; scanned < MAX_NUMBERS_SCANNED; scanned += 1) {
    const low = findLocaleNumber(text, from, language);
    if (!low) return undefined;
    if (low.orMore) return openRange(low);
    const high = low.value === undefined ? undefined : upperBoundAfter(text, low, language);
    if (high) return high.orMore ? undefined : closedRange(low, high);
    const open = moreThanBand(text, low, language);
    if (open) return open;
    // A lone number ("4,213 associated members") is a count, not a band: keep looking.
    from = low.end;
  }
  return undefined;
}

/**
 * A company-size band as "min-max" or "min+" ("1,001-5,000 employees" -> "1001-5000",
 * "10K+ employees" -> "10001+"). A single number is a member count, not a band: undefined.
 * `language` is the page's interface language: Turkish "1 B-5 B çalışan" is "1001-5000",
 * "De 201 a 500 empleados" (es) is "201-500" and "Más de 10.001 empleados" is "10001+". Without
 * it, text is read the English way.
 */
export function normalizeEmployeeRange(text: string, language?: CountLanguage): string | undefined {
  try {
    if (typeof text !== 'string') return undefined;
    if (SOLO_LABEL.test(text)) return '0-1';
    return findRange(text, language);
  } catch {
    return undefined;
  }
}

function parseNormalized(range: string): { min: number; max?: number } | undefined {
  const closed = NORMALIZED_RANGE.exec(range);
  if (closed) {
    const min = Number(closed[1]);
    const max = Number(closed[2]);
    return min <= max ? { min, max } : undefined;
  }
  const open = NORMALIZED_OPEN_RANGE.exec(range);
  return open ? { min: Number(open[1]) } : undefined;
}

/**
 * Bounds of a normalized range ("1001-5000" -> {min: 1001, max: 5000}, "10001+" -> {min: 10001}).
 * Page text ("1,001-5,000 employees") is normalized first, so callers need not care which they hold.
 */
export function parseEmployeeRange(range: string): { min: number; max?: number } | undefined {
  try {
    if (typeof range !== 'string') return undefined;
    const trimmed = range.trim();
    const direct = parseNormalized(trimmed);
    if (direct) return direct;
    const normalized = normalizeEmployeeRange(trimmed);
    return normalized === undefined ? undefined : parseNormalized(normalized);
  } catch {
    return undefined;
  }
}
