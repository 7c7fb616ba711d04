import { parseLocaleCount } from './parse-number';

/**
 * A US dollar amount as pages abbreviate it ("US$ 85.0M", "$120M", "$1.2B", "USD 3,000,000").
 * Any other currency is unknown: converting it would need a rate we cannot know offline.
 */
const USD_MARKER = /(^|[^a-z])(us\$|usd|\$)/i;
const OTHER_CURRENCY = /[€£¥₹]|(^|[^a-z])(eur|gbp|cad|a\$|c\$|ca\$|au\$|chf|jpy|inr|sek|nok|dkk)([^a-z]|$)/i;

export function parseUsdAmount(text: string): number | undefined {
  if (!USD_MARKER.test(text) || OTHER_CURRENCY.test(text)) return undefined;
  const digitsFrom = text.search(/\d/);
  if (digitsFrom < 0) return undefined;
  return parseLocaleCount(text.slice(digitsFrom));
}
