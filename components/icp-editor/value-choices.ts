import { normalizeText } from '@/lib/icp/text-match';
import { formatFieldValue } from '@/lib/scoring/format-value';
import { NON_COUNTRY_CODES } from '@/lib/signals/country-aliases';
import {
  COMPANY_TYPES,
  COMPLIANCE,
  FUNDING_STAGES,
  SENIORITIES,
  type SignalField,
} from '@/lib/signals/vocabulary';

/** What the options page offers as values; its container loads them, the editors only show them. */
export interface ValueChoices {
  industries: readonly string[];
  technologies: readonly string[];
  countries: readonly { code: string; name: string }[];
  lists: readonly { id: string; label: string; count: number }[];
}

/** A value the ICP stores ("series_b", "DE") and how a person reads it ("Series B", "Germany (DE)"). */
export interface Suggestion {
  value: string;
  label: string;
}

/** Closed vocabularies: a value outside them can never match, so these are offered as they are stored. */
const FIXED_VALUES: ReadonlyMap<SignalField, readonly string[]> = new Map<SignalField, readonly string[]>([
  ['fundingStage', FUNDING_STAGES],
  ['companyType', COMPANY_TYPES],
  ['compliance', COMPLIANCE],
  ['seniority', SENIORITIES],
]);

const asIs = (value: string): Suggestion => ({ value, label: value });

export function suggestionsFor(field: SignalField, choices: ValueChoices): readonly Suggestion[] {
  if (field === 'industry') return choices.industries.map(asIs);
  if (field === 'technology') return choices.technologies.map(asIs);
  if (field === 'hqCountry') {
    return choices.countries.map(({ code, name }) => ({ value: code, label: `${name} (${code})` }));
  }
  const fixed = FIXED_VALUES.get(field) ?? [];
  return fixed.map((value) => ({ value, label: formatFieldValue(field, value) }));
}

/** "Germany (DE)" -> "Germany": people type the name, not the name with its code. */
const withoutCode = (label: string): string => label.replace(/\s*\([^()]*\)$/, '');

/**
 * The stored value a typed text names, if any: its value ("de"), its label ("series b") or the
 * label without the code ("germany"). The scorer compares stored values, never labels.
 */
export function valueForText(text: string, suggestions: readonly Suggestion[]): string | undefined {
  const key = normalizeText(text);
  if (!key) return undefined;
  const byValue = suggestions.find((s) => normalizeText(s.value) === key);
  const byLabel = suggestions.find(
    (s) => normalizeText(s.label) === key || normalizeText(withoutCode(s.label)) === key,
  );
  return (byValue ?? byLabel)?.value;
}

/** The label to show for a stored value, when the field has one. */
export function labelForValue(value: string, suggestions: readonly Suggestion[]): string | undefined {
  return suggestions.find((s) => s.value === value)?.label;
}

/** True while the typed text is still the start of a label ("Technology," of "Technology, Information…"). */
export function startsALabel(text: string, suggestions: readonly Suggestion[]): boolean {
  const key = normalizeText(text);
  return key !== '' && suggestions.some((s) => normalizeText(s.label).startsWith(key));
}

const LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];

/** Deprecated codes (SU, YU, UK...) canonicalize to their successor; only current codes are offered. */
function isCurrentCode(code: string): boolean {
  try {
    return Intl.getCanonicalLocales(`und-${code}`)[0] === `und-${code}`;
  } catch {
    return false;
  }
}

function regionName(names: Intl.DisplayNames, code: string): string | undefined {
  try {
    const name = names.of(code);
    // For a code it does not know, the API answers with the code itself.
    return name && name !== code && name !== 'Unknown Region' ? name : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Every ISO 3166-1 alpha-2 country with its name in `locale`, sorted by name. Built from the
 * runtime's region names rather than a hand-kept list, so it stays current with the browser.
 */
export function countryChoices(locale = 'en'): { code: string; name: string }[] {
  let names: Intl.DisplayNames;
  try {
    names = new Intl.DisplayNames([locale], { type: 'region' });
  } catch {
    return [];
  }
  const codes = LETTERS.flatMap((first) => LETTERS.map((second) => `${first}${second}`));
  return codes
    .filter((code) => !NON_COUNTRY_CODES.has(code) && isCurrentCode(code))
    .flatMap((code) => {
      const name = regionName(names, code);
      return name ? [{ code, name }] : [];
    })
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}
