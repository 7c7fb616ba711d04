/*
 * Formula ("CSV") injection: Excel, LibreOffice Calc and Google Sheets run a cell whose text starts
 * with = + - @ as a formula (=HYPERLINK(…) leaks data, old Excel ran DDE commands), and treat a
 * leading tab or carriage return the same way. Page text and the SDR's notes are untrusted, so every
 * exported cell passes through neutralizeCell.
 *
 * What we follow: OWASP "CSV Injection" (cells starting with = + - @ tab CR get a leading single
 * quote, which spreadsheets take as "this is text" and do not show) and OWASP ASVS 5.0 V1.2.10
 * (the same list plus NUL). Beyond that, defensively:
 * - the check looks past leading whitespace and invisible format characters (a BOM, zero-width
 *   space, bidi marks): some importers trim them ("Trim spaces" in Calc, Sheets' import), and then
 *   " =1+1" becomes a formula again;
 * - the full-width forms ＝ ＋ － ＠ count too: a Japanese or Chinese Excel accepts them as the
 *   formula sign;
 * - a leading line feed is treated like a carriage return.
 * NUL characters are removed outright: no field of ours holds one, and some spreadsheets cut the
 * cell (or the file) at a NUL.
 *
 * We emit every cell as text, numbers included, so a value that only looks like a formula is
 * prefixed too: a real "-5" would show as '-5. Our fields never hold a negative number (counts,
 * years and dollars are non-negative), so the only such values are untrusted text, where the quote
 * is what we want.
 */

/** Characters that start a formula when a spreadsheet reads them first in a cell. */
const FORMULA_SIGNS = new Set(['=', '+', '-', '@', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20']);

/** Characters that make the cell dangerous when they are the very first one. */
const DANGEROUS_FIRST = new Set(['\t', '\r', '\n']);

/** Whitespace and invisible format characters (BOM, zero-width, bidi marks) an importer may trim. */
const SKIPPABLE_LEAD = /^[\s\p{Cf}]+/u;
const SKIPPABLE_CHARACTER = /^[\s\p{Cf}]/u;

/** The cell as text a spreadsheet shows as typed, never runs: see the comment at the top. */
export function neutralizeCell(value: string): string {
  const cell = value.includes('\u0000') ? value.replaceAll('\u0000', '') : value;
  return startsFormula(cell) ? `'${cell}` : cell;
}

function startsFormula(cell: string): boolean {
  const first = cell.charAt(0);
  if (DANGEROUS_FIRST.has(first) || FORMULA_SIGNS.has(first)) return true;
  // Most cells start with a letter or digit: only a blank or invisible start needs the longer look.
  if (!SKIPPABLE_CHARACTER.test(first)) return false;
  return FORMULA_SIGNS.has(cell.replace(SKIPPABLE_LEAD, '').charAt(0));
}
