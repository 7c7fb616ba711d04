import { findLocaleNumber } from '@/lib/signals/parse-number';

/**
 * Only dollars, or plain numbers taken to be dollars, are read: "$1.2M", "US$ 85.0M", "1200000",
 * "1,200,000.00", "1.234.567,89", "2,5 Mio.". An amount in any other currency ("1,2 Mio. €",
 * "EUR 300000") is unreadable rather than converted: the rate on the export's date is not known.
 */
const OTHER_CURRENCY =
  /[€£¥₹₽₩₺]|(?:^|[^a-z])(?:eur|gbp|cad|aud|nzd|chf|jpy|cny|inr|sek|nok|dkk|brl|mxn|zar)(?![a-z])|(?:^|[^a-z])(?:a|c|ca|au|nz|hk|s|r)\$/i;
const USD_MARKERS = /(?<![a-z])(?:us\$|usd)(?![a-z])|\$/gi;
const PLAIN_NUMBER = /^\d[\d.,'\u2019 \u00a0\u202f]*$/;
const GROUP_SPACES = /['\u2019 \u00a0\u202f]/g;
/** Beyond this, the cell is not an amount any company has; Number() also stops being exact. */
const MAX_AMOUNT = 1e15;

/** A dollar amount, to the cent, or undefined when the cell cannot be read as one. */
export function readUsdAmount(text: string): number | undefined {
  try {
    if (typeof text !== 'string' || text.length > 100 || OTHER_CURRENCY.test(text)) return undefined;
    const bare = text.replace(USD_MARKERS, '').trim();
    const value = PLAIN_NUMBER.test(bare) ? readPlainNumber(bare) : readAbbreviated(bare);
    return value !== undefined && value < MAX_AMOUNT ? Math.round(value * 100) / 100 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The decimal mark is the last comma or dot when both kinds appear ("1,234.5", "1.234,5") or when
 * the only separator is not followed by exactly three digits ("1234.56", "12,5"). A lone separator
 * before three digits groups thousands ("1,234", "1.234"): a money cell rarely has three decimals.
 */
function readPlainNumber(text: string): number | undefined {
  const compact = text.replace(GROUP_SPACES, '');
  const marks = compact.replace(/\d/g, '');
  const groups = compact.split(/[.,]/);
  const last = marks.at(-1);
  if (last === undefined) return Number(compact);
  const mixed = [...marks].some((mark) => mark !== last);
  const lone = marks.length === 1 && !isThousandsGrouping(groups);
  if (!mixed && !lone) return isThousandsGrouping(groups) ? Number(groups.join('')) : undefined;
  // The decimal mark appears once, and everything before it is grouped by the other mark.
  if (marks.indexOf(last) !== marks.length - 1) return undefined;
  const integer = groups.slice(0, -1);
  const fraction = groups.at(-1) ?? '';
  if (fraction === '' || (integer.length > 1 && !isThousandsGrouping(integer))) return undefined;
  return Number(`${integer.join('')}.${fraction}`);
}

function isThousandsGrouping(groups: readonly string[]): boolean {
  const [first = '', ...rest] = groups;
  // "0,500" is half a dollar, not five hundred: grouped numbers never start with 0.
  const firstFits = first.length >= 1 && first.length <= 3 && !first.startsWith('0');
  return firstFits && rest.length > 0 && rest.every((group) => group.length === 3);
}

/** "1.2M", "2,5 Mio.", "3K", "1.5 billion": the whole cell must be one abbreviated number. */
function readAbbreviated(text: string): number | undefined {
  const match = findLocaleNumber(text);
  if (!match || match.start !== 0 || match.end !== text.length) return undefined;
  return match.abbreviated && !match.orMore ? match.value : undefined;
}
