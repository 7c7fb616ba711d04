/**
 * Text comparison for ICP operators. People type list values by hand ("software development",
 * " HubSpot"), so comparisons ignore case, surrounding spaces and repeated inner spaces.
 */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

export function sameText(a: string, b: string): boolean {
  return normalizeText(a) === normalizeText(b);
}

/** True when any item of the list equals any of the wanted values, ignoring case. */
export function listIncludes(items: readonly string[], wanted: string): boolean {
  return items.some((item) => sameText(item, wanted));
}

// A letter, digit, combining mark or underscore on either side means we are inside a word.
const WORD_CHAR = '[\\p{L}\\p{N}\\p{M}_]';

/**
 * True when the keyword occurs as a whole word or phrase: "AI" finds "AI-powered" and "AI"
 * but not "Email". Boundaries are Unicode-aware so "café" is one word, not "caf" + "é".
 */
export function containsKeyword(text: string, keyword: string): boolean {
  const words = keyword.trim().split(/\s+/).filter(Boolean).map(escapeRegExp);
  if (words.length === 0) return false;
  const pattern = new RegExp(`(?<!${WORD_CHAR})${words.join('\\s+')}(?!${WORD_CHAR})`, 'iu');
  return pattern.test(text.normalize('NFKC'));
}

function escapeRegExp(text: string): string {
  // Only the regex syntax characters: the 'u' flag refuses escapes of anything else.
  return text.normalize('NFKC').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
