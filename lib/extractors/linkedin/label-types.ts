/**
 * LinkedIn's visible labels, per interface language. Extractors anchor on these words (the
 * `dt` text of the About card, the words around top-card numbers) because LinkedIn renames
 * classes about once a year but rarely its labels. Add a language by adding a table, nothing
 * else changes. English and the Turkish About labels are checked against
 * ../shared/reference/page-markup.md (2026-11); the other languages hold LinkedIn's wording as
 * far as we know it, with plausible variants beside it: a label that never appears costs
 * nothing, and matching tries every language whatever the page's.
 */
export type AboutKey =
  | 'website'
  | 'phone'
  | 'industry'
  | 'size'
  | 'headquarters'
  | 'type'
  | 'founded'
  | 'specialties'
  | 'verified'
  | 'locations';

export const LABEL_LANGUAGES = ['en', 'de', 'fr', 'es', 'pt', 'tr', 'nl', 'it'] as const;

export type LabelLanguage = (typeof LABEL_LANGUAGES)[number];

export interface LanguageLabels {
  about: Record<AboutKey, readonly string[]>;
  /** Words that mark a top-card number as a follower count. */
  followers: readonly string[];
  /** Words that mark a number as the company's employees (band or members). */
  employees: readonly string[];
  /** Words that mark a number as members on LinkedIn rather than the declared size band. */
  members: readonly string[];
  /** Headings of page regions that describe other companies (right rail, suggestions). */
  otherCompaniesHeadings: readonly string[];
  /** The tag on the headquarters entry of the Locations list. */
  primaryLocation: readonly string[];
}

/** Labels are written as LinkedIn shows them; matching lowercases them (see normalizeLabel). */
export const GUEST_ROW_TEST_IDS: Record<string, AboutKey> = {
  'about-us__website': 'website',
  'about-us__industry': 'industry',
  'about-us__size': 'size',
  'about-us__headquarters': 'headquarters',
  'about-us__organizationType': 'type',
  'about-us__foundedOn': 'founded',
  'about-us__specialties': 'specialties',
};
