/**
 * LinkedIn's visible labels, per interface language. Extractors anchor on these words (the
 * `dt` text of the About card, the words around top-card numbers) because LinkedIn renames
 * classes about once a year but rarely its labels. English now; add a language by adding a
 * table, nothing else changes. Checked against ../shared/reference/page-markup.md, 2026-11.
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

export type LabelLanguage = 'en';

interface LanguageLabels {
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

export const LINKEDIN_LABELS: Record<LabelLanguage, LanguageLabels> = {
  en: {
    about: {
      website: ['website'],
      phone: ['phone'],
      industry: ['industry', 'industries'],
      size: ['company size', 'size'],
      headquarters: ['headquarters', 'headquarter'],
      type: ['type', 'company type', 'organization type'],
      founded: ['founded', 'year founded'],
      specialties: ['specialties', 'specialities'],
      verified: ['verified page'],
      locations: ['locations'],
    },
    followers: ['follower', 'followers'],
    employees: ['employee', 'employees'],
    members: ['associated member', 'associated members', 'on linkedin', 'members'],
    otherCompaniesHeadings: [
      'people also viewed',
      'pages people also viewed',
      'similar pages',
      'affiliated pages',
      'showcase pages',
      'add to your feed',
      'browse jobs',
      'people also follow',
    ],
    primaryLocation: ['primary'],
  },
};

/** Guest pages name each About row with a data-test-id; these are the real ones (SAP, 2024). */
export const GUEST_ROW_TEST_IDS: Record<string, AboutKey> = {
  'about-us__website': 'website',
  'about-us__industry': 'industry',
  'about-us__size': 'size',
  'about-us__headquarters': 'headquarters',
  'about-us__organizationType': 'type',
  'about-us__foundedOn': 'founded',
  'about-us__specialties': 'specialties',
};

const ALL_LANGUAGES = Object.values(LINKEDIN_LABELS);

function normalizeLabel(text: string): string {
  return text
    .toLowerCase()
    .replace(/[:\s]+/g, ' ')
    .trim();
}

/** The About row a label names, in any language we have a table for. */
export function aboutKeyForLabel(label: string): AboutKey | undefined {
  const wanted = normalizeLabel(label);
  for (const language of ALL_LANGUAGES) {
    for (const [key, labels] of Object.entries(language.about)) {
      if (labels.includes(wanted)) return key as AboutKey;
    }
  }
  return undefined;
}

function mentionsAny(text: string, pick: (l: LanguageLabels) => readonly string[]): boolean {
  const lower = ` ${text.toLowerCase()} `;
  return ALL_LANGUAGES.some((language) =>
    pick(language).some((word) => new RegExp(`[\\s\\d.,+]${escapeRegExp(word)}[\\s.,:]`, 'u').test(lower)),
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export const mentionsFollowers = (text: string) => mentionsAny(text, (l) => l.followers);
export const mentionsEmployees = (text: string) => mentionsAny(text, (l) => l.employees);
export const mentionsMembers = (text: string) => mentionsAny(text, (l) => l.members);

/** "Locations" or "Locations (3)": the heading of the company's own Locations list. */
export function locationsHeadingCount(text: string): { count?: number } | undefined {
  const match = /^(.*?)\s*(?:\((\d+)\))?$/.exec(normalizeLabel(text));
  if (!match || aboutKeyForLabel(match[1] ?? '') !== 'locations') return undefined;
  return match[2] === undefined ? {} : { count: Number(match[2]) };
}

export function isPrimaryLocationTag(text: string): boolean {
  const wanted = normalizeLabel(text);
  return ALL_LANGUAGES.some((language) => language.primaryLocation.includes(wanted));
}

export function isOtherCompaniesHeading(text: string): boolean {
  const wanted = normalizeLabel(text);
  return ALL_LANGUAGES.some((language) => language.otherCompaniesHeadings.includes(wanted));
}
