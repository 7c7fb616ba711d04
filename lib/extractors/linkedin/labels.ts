import type { AboutKey, LabelLanguage, LanguageLabels } from './label-types';
import { DE_LABELS, EN_LABELS, FR_LABELS, NL_LABELS } from './labels-en-de-fr-nl';
import { ES_LABELS, IT_LABELS, PT_LABELS, TR_LABELS } from './labels-es-pt-it-tr';

export {
  type AboutKey,
  GUEST_ROW_TEST_IDS,
  LABEL_LANGUAGES,
  type LabelLanguage,
  type LanguageLabels,
} from './label-types';

/** Every language's labels; matching tries them all, since a page's language can be mixed. */
export const LINKEDIN_LABELS: Record<LabelLanguage, LanguageLabels> = {
  en: EN_LABELS,
  de: DE_LABELS,
  fr: FR_LABELS,
  es: ES_LABELS,
  pt: PT_LABELS,
  tr: TR_LABELS,
  nl: NL_LABELS,
  it: IT_LABELS,
};

const ALL_LANGUAGES = Object.values(LINKEDIN_LABELS);

/**
 * The matching form of a label: case-insensitive (Turkish "İ" and "ı" read as "i"), spaces of any kind
 * (NBSP, narrow NBSP) collapsed, a trailing colon ignored ("Branche:"), typographic apostrophes
 * read as straight ones ("Taille de l’entreprise").
 */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\p{Cf}/gu, '')
    .toLowerCase()
    .replace(/\u0307/g, '')
    .replace(/\u0131/g, 'i')
    .replace(/[\u2019\u2018\u02bc`\u00b4]/g, "'")
    .replace(/[:\s]+/g, ' ')
    .trim();
}

type LabelPick = (l: LanguageLabels) => readonly string[];

function labelSet(pick: LabelPick): ReadonlySet<string> {
  return new Set(ALL_LANGUAGES.flatMap((language) => pick(language).map(normalizeLabel)));
}

const ABOUT_KEYS = new Map<string, AboutKey>();
for (const language of ALL_LANGUAGES) {
  for (const [key, labels] of Object.entries(language.about) as [AboutKey, readonly string[]][]) {
    for (const label of labels) {
      const wanted = normalizeLabel(label);
      if (!ABOUT_KEYS.has(wanted)) ABOUT_KEYS.set(wanted, key);
    }
  }
}

/** The About row a label names, in any language we have a table for. */
export function aboutKeyForLabel(label: string): AboutKey | undefined {
  return ABOUT_KEYS.get(normalizeLabel(label));
}

/**
 * A word counts when a number or a space comes before it and a space or punctuation after:
 * "2,5 Mio. Follower", "12B takipçi", "1.874 Beschäftigten anzeigen", but not "followership".
 * Lookarounds rather than \b, which only knows ASCII letters.
 */
function mentionPattern(pick: LabelPick): RegExp {
  const words = [...labelSet(pick)].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`(?<=[\\s\\d.,+(])(?:${words.join('|')})(?=[\\s.,:;!?)])`, 'u');
}

const FOLLOWERS = mentionPattern((l) => l.followers);
const EMPLOYEES = mentionPattern((l) => l.employees);
const MEMBERS = mentionPattern((l) => l.members);

function mentions(text: string, pattern: RegExp): boolean {
  return typeof text === 'string' && pattern.test(` ${normalizeLabel(text)} `);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export const mentionsFollowers = (text: string) => mentions(text, FOLLOWERS);
export const mentionsEmployees = (text: string) => mentions(text, EMPLOYEES);
export const mentionsMembers = (text: string) => mentions(text, MEMBERS);

const FOLLOWERS_PHRASE = new RegExp(
  `^[^|]*?(?<=[\\s\\d.,+(])(?:${[...labelSet((l) => l.followers)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?=[\\s.,:;!?)]|$)[^.|]*`,
  'iu',
);

/**
 * The follower phrase of a meta description ("Acme | 182,405 followers on LinkedIn. Building
 * anvils." -> "182,405 followers on LinkedIn", "56 726 abonnés sur LinkedIn"): the first
 * `|`-separated part naming followers, from its start to the end of that sentence.
 */
export function followersPhrase(text: string): string | undefined {
  for (const part of text.split('|')) {
    const phrase = FOLLOWERS_PHRASE.exec(part)?.[0].trim();
    if (phrase) return phrase;
  }
  return undefined;
}

/** "Locations" or "Locations (3)": the heading of the company's own Locations list. */
export function locationsHeadingCount(text: string): { count?: number } | undefined {
  const match = /^(.*?)\s*(?:\((\d+)\))?$/.exec(normalizeLabel(text));
  if (!match || aboutKeyForLabel(match[1] ?? '') !== 'locations') return undefined;
  return match[2] === undefined ? {} : { count: Number(match[2]) };
}

const PRIMARY_TAGS = labelSet((l) => l.primaryLocation);
const OTHER_COMPANIES_HEADINGS = labelSet((l) => l.otherCompaniesHeadings);

export function isPrimaryLocationTag(text: string): boolean {
  return PRIMARY_TAGS.has(normalizeLabel(text));
}

export function isOtherCompaniesHeading(text: string): boolean {
  return OTHER_COMPANIES_HEADINGS.has(normalizeLabel(text));
}
