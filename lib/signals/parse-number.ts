/**
 * Reads counts the way LinkedIn and company pages print them in the locales we meet: grouped digits
 * ("3,435,167", "1.234", "56 726", "1'234") and abbreviations ("182K", "2,5 Mio.", "1,2 mi").
 *
 * Counts are integers, so without an abbreviation every separator is a thousands separator and a
 * number that cannot be read that way ("1,5") is unknown rather than guessed. With an abbreviation,
 * a separator followed by one or two digits is a decimal mark ("1,5K" = 1500).
 */

/** What a number token in the text looked like, before it is judged readable or not. */
export interface LocaleNumberMatch {
  /** The integer value, or undefined when the token exists but cannot be read without guessing. */
  value: number | undefined;
  /** True when a scale word or abbreviation followed the digits ("10K", "2,5 Mio."). */
  abbreviated: boolean;
  /** True when a "+" followed the number ("10K+", "10,001+"). */
  orMore: boolean;
  /** Index of the first digit. */
  start: number;
  /** Index just past the digits, the scale suffix and the "+", whichever came last. */
  end: number;
}

type SeparatorKind = 'comma' | 'dot' | 'space' | 'apostrophe';

interface ScaleSuffix {
  readonly pattern: RegExp;
  readonly factor: number;
}

const THOUSAND = 1_000;
const MILLION = 1_000_000;
const BILLION = 1_000_000_000;

/** Plain, no-break, narrow no-break, figure and thin spaces: all are used to group digits. */
const GROUP_SPACES = ' \\u00a0\\u202f\\u2007\\u2009';

/**
 * A number token. Space grouping is only taken when the first group has 1-3 digits and every
 * following group exactly 3, so "2010 500" stays two numbers; an optional decimal tail lets
 * "1 234,5 Mio." through. Otherwise: digits joined by comma, dot or apostrophe.
 */
const NUMBER_TOKEN = new RegExp(
  `\\d{1,3}(?:[${GROUP_SPACES}]\\d{3}(?!\\d))+(?:[,.]\\d+)?|\\d+(?:[,.'\\u2019]\\d+)*`,
  'g',
);

/** Longer than any count we care about; a bound keeps Number() exact. */
const MAX_DIGITS = 15;

function scaleSuffix(source: string, factor: number, flags = ''): ScaleSuffix {
  // Up to two spaces before the word ("3 k", "2,5\u00a0Mio."), and no letter or digit after it,
  // so "3 km" or "5 Mitarbeiter" are not read as thousands or millions.
  const pattern = new RegExp(`[${GROUP_SPACES}\\t]{0,2}(?:${source})(?![\\p{L}\\p{N}])`, `${flags}uy`);
  return { pattern, factor };
}

/**
 * Scale words and abbreviations, with the locales they come from. Case-insensitive only where the
 * lowercase or uppercase form cannot mean something else ("M" and "B" stay uppercase: "m" is
 * metres or minutes). "B" is read as billion (en) unless the caller says the page is Turkish,
 * where "B" is "bin" (thousand): the text alone cannot tell the two apart.
 */
const SCALE_SUFFIXES: readonly ScaleSuffix[] = [
  // es: "mil millones" / "mil M" is a thousand millions; must come before "mil" (thousand).
  scaleSuffix('[Mm]il\\s+(?:millones|M)', BILLION),
  // en "billion(s)"; fr "milliard(s)"; de "Milliarde(n)"; it "miliardo/miliardi"; nl "miljard(en)";
  // pt "bilhão/bilhões"; tr "milyar". German "Billion" (10^12) reads as the English billion; its
  // plural "Billionen" does not match, so the common German form stays unread rather than wrong.
  scaleSuffix(
    'billions?|milliards?|milliarden?|miliard[oi]|miljard(?:en)?|bilh(?:ão|ões|ao|oes)|milyar',
    BILLION,
    'i',
  ),
  // de "Mrd."; fr "Md", "Mds"; it/nl "mld."; en finance "bn"; en "B"; pt "bi".
  scaleSuffix('Mrd\\.?|Mds?\\.?|[Mm]ld\\.?|[Bb]n|BN|B|bi', BILLION),
  // en/fr "million(s)"; de "Million(en)"; es "millón/millones"; pt "milhão/milhões"; it "milione/milioni";
  // nl "miljoen(en)"; tr "milyon".
  scaleSuffix(
    'millions?|millionen|mill(?:ón|on|ones)|milh(?:ão|ões|ao|oes)|milion[ei]|miljoen(?:en)?|milyon',
    MILLION,
    'i',
  ),
  // de "Mio."; it/nl "mln."; en finance and tr "Mn".
  scaleSuffix('mio\\.?|mln\\.?|mn', MILLION, 'i'),
  // en/fr/es "M"; pt "mi".
  scaleSuffix('M|mi', MILLION),
  // en "thousand(s)"; de "Tausend", "Tsd."; es/pt "mil"; it "mila"; nl "duizend".
  scaleSuffix('thousands?|tausend|tsd\\.?|mil|mila|duizend', THOUSAND, 'i'),
  // tr "bin" (lowercase only: "Bin" is more likely a name); "K"/"k" nearly everywhere.
  scaleSuffix('bin|[Kk]', THOUSAND),
];

/**
 * Turkish LinkedIn abbreviates as CLDR does: "12 B" (bin, thousand), "3 Mn" (milyon), "2 Mr"
 * (milyar). Checked before the shared table, so "B" is a thousand; "Bn" still fails the "B"
 * pattern (a letter follows) and falls through to the shared billion.
 */
const TURKISH_SUFFIXES: readonly ScaleSuffix[] = [
  scaleSuffix('Mr\\.?', BILLION),
  scaleSuffix('B', THOUSAND),
  scaleSuffix('bin', THOUSAND, 'i'),
  ...SCALE_SUFFIXES,
];

/** Interface languages whose LinkedIn number formats we read; the default is English's reading. */
export type CountLanguage = 'en' | 'de' | 'fr' | 'es' | 'pt' | 'tr' | 'nl' | 'it';

function suffixesFor(language: CountLanguage | undefined): readonly ScaleSuffix[] {
  return language === 'tr' ? TURKISH_SUFFIXES : SCALE_SUFFIXES;
}

const PLUS = new RegExp(`[${GROUP_SPACES}]{0,2}\\+`, 'y');

function separatorKind(char: string): SeparatorKind {
  if (char === ',') return 'comma';
  if (char === '.') return 'dot';
  if (char === "'" || char === '\u2019') return 'apostrophe';
  return 'space';
}

interface SplitToken {
  groups: string[];
  separators: SeparatorKind[];
}

function splitToken(token: string): SplitToken {
  const groups = token.split(/\D/);
  const separators = [...token.replace(/\d/g, '')].map(separatorKind);
  return { groups, separators };
}

function digitsToInteger(digits: string): number | undefined {
  if (digits.length === 0 || digits.length > MAX_DIGITS) return undefined;
  const value = Number(digits);
  return Number.isSafeInteger(value) ? value : undefined;
}

/** "3,435,167", "1.234", "56 726", "1'234": one kind of separator, then groups of exactly three. */
function groupedInteger(groups: readonly string[], separators: readonly SeparatorKind[]): number | undefined {
  const [first = '', ...rest] = groups;
  if (rest.length === 0) return digitsToInteger(first);
  const kind = separators[0];
  if (!separators.every((separator) => separator === kind)) return undefined;
  // A leading zero ("0.123") or a short or long group ("1,5", "12,34,567") is not thousands grouping.
  if (first.length > 3 || first.startsWith('0') || rest.some((group) => group.length !== 3)) return undefined;
  return digitsToInteger(groups.join(''));
}

function isDecimalMark(kind: SeparatorKind | undefined): boolean {
  return kind === 'comma' || kind === 'dot';
}

/** "1,5K", "85.0M", "1.234,5 Mio.": a one- or two-digit tail after the last comma or dot is decimal. */
function decimalTimes(token: SplitToken, factor: number): number | undefined {
  const { groups, separators } = token;
  const mark = separators[separators.length - 1];
  const fraction = groups[groups.length - 1] ?? '';
  const integerSeparators = separators.slice(0, -1);
  // The same character cannot be both the grouping separator and the decimal mark.
  if (integerSeparators.includes(mark ?? 'space')) return undefined;
  const integer = groupedInteger(groups.slice(0, -1), integerSeparators);
  if (integer === undefined) return undefined;
  // Scale by whole numbers only, so "1.2B" is exactly 1200000000, not 1199999999.9999998.
  const scaled = digitsToInteger(`${integer}${fraction}`);
  if (scaled === undefined) return undefined;
  const value = scaled * (factor / 10 ** fraction.length);
  return Number.isSafeInteger(value) ? value : undefined;
}

function abbreviatedValue(token: SplitToken, factor: number): number | undefined {
  const { groups, separators } = token;
  const lastGroup = groups[groups.length - 1] ?? '';
  if (isDecimalMark(separators[separators.length - 1]) && lastGroup.length <= 2) {
    return decimalTimes(token, factor);
  }
  // "1.234K" is either 1234 thousands or 1.234 thousand: no way to tell, so unknown.
  if (separators.length === 1 && isDecimalMark(separators[0])) return undefined;
  const integer = groupedInteger(groups, separators);
  if (integer === undefined) return undefined;
  const value = integer * factor;
  return Number.isSafeInteger(value) ? value : undefined;
}

function matchSuffixAt(
  text: string,
  index: number,
  suffixes: readonly ScaleSuffix[],
): { factor: number; end: number } | undefined {
  for (const suffix of suffixes) {
    suffix.pattern.lastIndex = index;
    if (suffix.pattern.test(text)) return { factor: suffix.factor, end: suffix.pattern.lastIndex };
  }
  return undefined;
}

function matchPlusAt(text: string, index: number): number | undefined {
  PLUS.lastIndex = index;
  return PLUS.test(text) ? PLUS.lastIndex : undefined;
}

/** ".5K" is a fraction whose integer part is missing: reading it as 5000 would be wrong. */
function followsBareDecimalPoint(text: string, start: number): boolean {
  const before = text[start - 1];
  return before === '.' || before === ',';
}

function readToken(
  text: string,
  token: string,
  start: number,
  suffixes: readonly ScaleSuffix[],
): LocaleNumberMatch {
  const digitsEnd = start + token.length;
  const suffix = matchSuffixAt(text, digitsEnd, suffixes);
  const afterSuffix = suffix?.end ?? digitsEnd;
  const plusEnd = matchPlusAt(text, afterSuffix);
  const parts = splitToken(token);
  const value = followsBareDecimalPoint(text, start)
    ? undefined
    : suffix
      ? abbreviatedValue(parts, suffix.factor)
      : groupedInteger(parts.groups, parts.separators);
  return {
    value,
    abbreviated: suffix !== undefined,
    orMore: plusEnd !== undefined,
    start,
    end: plusEnd ?? afterSuffix,
  };
}

/**
 * The first number token at or after `from`, with its position, so callers can read ranges
 * ("1K-5K"). Exported for the other normalizers; most code wants `parseLocaleCount`. `language`
 * is the page's interface language; it only changes how an abbreviation is read ("12B" is 12000
 * in Turkish), and without it the English reading applies.
 */
export function findLocaleNumber(
  text: string,
  from = 0,
  language?: CountLanguage,
): LocaleNumberMatch | undefined {
  try {
    if (typeof text !== 'string') return undefined;
    NUMBER_TOKEN.lastIndex = Math.max(0, from);
    const match = NUMBER_TOKEN.exec(text);
    if (!match) return undefined;
    return readToken(text, match[0], match.index, suffixesFor(language));
  } catch {
    return undefined;
  }
}

/**
 * The first number in the text as an integer ("View all 4,213 employees" -> 4213, "2,5 Mio." ->
 * 2500000; with language 'tr', "12B takipçi" -> 12000).
 */
export function parseLocaleCount(text: string, language?: CountLanguage): number | undefined {
  return findLocaleNumber(text, 0, language)?.value;
}

/** Like `parseLocaleCount`, and whether the number was written as a floor ("10K+"). */
export function parseLocaleCountWithPlus(
  text: string,
  language?: CountLanguage,
): { value: number; orMore: boolean } | undefined {
  const match = findLocaleNumber(text, 0, language);
  if (match?.value === undefined) return undefined;
  return { value: match.value, orMore: match.orMore };
}
