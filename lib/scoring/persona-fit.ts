import type { Persona, Seniority } from '@/lib/icp/persona-schema';
import { containsKeyword, foldText, titleWords, titleWordsContain } from '@/lib/icp/text-match';
import { formatFieldValue } from './format-value';
import type { PersonaFit, PersonaRuleHit, PersonaRuleKind } from './persona-fit-types';

export type { PersonaFit, PersonaFitStatus, PersonaRuleHit, PersonaRuleKind } from './persona-fit-types';

export interface PersonaPerson {
  /** The title or headline as the page shows it. */
  title?: string;
  seniority?: Seniority;
}

/*
 * How a person is compared with the ICP's persona (docs/icp-format.md says the same for RevOps):
 *
 * - No persona -> no_persona. Neither a title nor a seniority -> unknown: nothing to compare.
 * - A title rule hits when the wanted title occurs in the person's title as a whole phrase,
 *   ignoring case, accents and punctuation, with abbreviations read as one (text-match.ts,
 *   titleWords): "VP Sales" finds "Vice President of Sales, EMEA".
 * - A keyword rule hits when the keyword occurs in the title as a whole word or phrase,
 *   ignoring case and accents: "ventes" finds "Directrice des Ventes".
 * - A seniority rule hits when the person's seniority is that value.
 * - Any excluded hit -> excluded: an exclusion beats any match, as a disqualifier beats any
 *   score. Otherwise any wanted hit -> match, else no_match.
 *
 * Pure and synchronous, and never throws: a persona that somehow cannot be read gives no_match.
 */
export function personaFit(person: PersonaPerson, persona: Persona | undefined): PersonaFit {
  if (!persona) return result('no_persona', [], [], NO_PERSONA_SUMMARY);
  try {
    const title = typeof person?.title === 'string' && person.title.trim() !== '' ? person.title : undefined;
    const seniority = typeof person?.seniority === 'string' ? person.seniority : undefined;
    if (title === undefined && seniority === undefined) return result('unknown', [], [], UNKNOWN_SUMMARY);
    const matched = hits(title, seniority, persona.titles, persona.keywords, persona.seniority);
    const excludedBy = hits(
      title,
      seniority,
      persona.excludedTitles,
      persona.excludedKeywords,
      persona.excludedSeniority,
    );
    if (excludedBy.length > 0) return result('excluded', matched, excludedBy, excludedSummary(excludedBy));
    if (matched.length > 0) return result('match', matched, [], matchSummary(matched));
    return result('no_match', [], [], NO_MATCH_SUMMARY);
  } catch {
    return result('no_match', [], [], NO_MATCH_SUMMARY);
  }
}

const NO_PERSONA_SUMMARY = 'The ICP has no persona to compare this person with.';
const UNKNOWN_SUMMARY = "LinkedIn did not show this person's title.";
const NO_MATCH_SUMMARY = 'Not the persona: no wanted title, keyword or seniority.';

function result(
  status: PersonaFit['status'],
  matched: PersonaRuleHit[],
  excludedBy: PersonaRuleHit[],
  summary: string,
): PersonaFit {
  return { status, matched, excludedBy, summary };
}

/** The rules of one side (wanted or excluded) the person hits: titles, then keywords, then seniority. */
function hits(
  title: string | undefined,
  seniority: Seniority | undefined,
  titles: readonly string[] | undefined,
  keywords: readonly string[] | undefined,
  seniorities: readonly Seniority[] | undefined,
): PersonaRuleHit[] {
  const found: PersonaRuleHit[] = [];
  const seen = new Set<string>();
  const add = (kind: PersonaRuleKind, value: string) => {
    const key = `${kind}:${foldText(value)}`;
    if (seen.has(key)) return;
    seen.add(key);
    found.push({ kind, value });
  };
  if (title !== undefined) {
    // Split and fold the title once: a persona has many rules, and a headline can be long.
    const words = titleWords(title);
    for (const wanted of listOf(titles)) {
      if (titleWordsContain(words, wanted)) add('title', wanted);
    }
    const folded = foldText(title);
    for (const word of listOf(keywords)) {
      if (containsKeyword(folded, foldText(word))) add('keyword', word);
    }
  }
  if (seniority !== undefined) {
    for (const level of listOf(seniorities)) {
      if (level === seniority) add('seniority', level);
    }
  }
  return found;
}

/** Lists are filled by the schema; a persona stored before they existed may still lack one. */
function listOf<T>(list: readonly T[] | undefined): readonly T[] {
  return Array.isArray(list) ? list : [];
}

/** "Matches the persona: title "VP Sales", keyword "sales", seniority VP." */
function matchSummary(matched: readonly PersonaRuleHit[]): string {
  const parts = [
    labelled('title', 'titles', quoted(ofKind(matched, 'title'))),
    labelled('keyword', 'keywords', quoted(ofKind(matched, 'keyword'))),
    labelled('seniority', 'seniority', ofKind(matched, 'seniority').map(seniorityLabel)),
  ];
  return `Matches the persona: ${parts.filter(Boolean).join(', ')}.`;
}

/** "Excluded: title contains "Recruiter", seniority Entry level." */
function excludedSummary(excludedBy: readonly PersonaRuleHit[]): string {
  const inTitle = excludedBy.filter((hit) => hit.kind !== 'seniority').map((hit) => hit.value);
  const parts = [
    inTitle.length > 0 ? `title contains ${joinWords(quoted(inTitle))}` : '',
    labelled('seniority', 'seniority', ofKind(excludedBy, 'seniority').map(seniorityLabel)),
  ];
  return `Excluded: ${parts.filter(Boolean).join(', ')}.`;
}

function ofKind(list: readonly PersonaRuleHit[], kind: PersonaRuleKind): string[] {
  return list.filter((hit) => hit.kind === kind).map((hit) => hit.value);
}

function labelled(one: string, many: string, values: readonly string[]): string {
  if (values.length === 0) return '';
  return `${values.length === 1 ? one : many} ${joinWords(values)}`;
}

function quoted(values: readonly string[]): string[] {
  return values.map((value) => `"${value}"`);
}

/** ["a"] -> a; ["a", "b"] -> a and b; ["a", "b", "c"] -> a, b and c. */
function joinWords(values: readonly string[]): string {
  if (values.length <= 1) return values.join('');
  return `${values.slice(0, -1).join(', ')} and ${values[values.length - 1]}`;
}

function seniorityLabel(level: string): string {
  return formatFieldValue('seniority', level);
}
