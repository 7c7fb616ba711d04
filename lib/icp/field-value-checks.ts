import {
  COMPANY_TYPES,
  COMPLIANCE,
  FIELD_KINDS,
  FIELD_VALUE_SCHEMAS,
  FUNDING_STAGES,
  SENIORITIES,
  type SignalField,
} from '@/lib/signals/vocabulary';
import { isKnownCountryCode, suggestCountryCode } from './country-hints';
import type { OperatorId } from './operators';

/** A problem with one expected value: where it sits under the rule, and what to do about it. */
export interface ValueProblem {
  path: (string | number)[];
  message: string;
}

type CheckItem = (item: string) => string | undefined;

/**
 * Fields whose values come from a closed set or a normalized form. A value outside it could
 * never match what the extractors produce, so the file is refused instead of silently scoring
 * every account as a miss.
 */
const ITEM_CHECKS: Partial<Record<SignalField, CheckItem>> = {
  hqCountry: checkCountryCode,
  domain: checkDomain,
  companyType: checkEnumItem('a company type', COMPANY_TYPES),
  fundingStage: checkEnumItem('a funding stage', FUNDING_STAGES),
  seniority: checkEnumItem('a seniority', SENIORITIES),
  compliance: checkEnumItem('a compliance standard', COMPLIANCE),
};

/** Operators that compare the field's value with the given values as they are (keyword searches). */
const EXACT_VALUE_OPERATORS: ReadonlySet<OperatorId> = new Set([
  'in_list',
  'not_in_list',
  'includes_any',
  'includes_all',
  'includes_none',
  'equals',
]);

const TYPE_FOR_KIND = { text: 'string', integer: 'number', boolean: 'boolean' } as const;
const TYPE_WORDS = { string: 'a text value in double quotes', number: 'a number', boolean: 'true or false' };

/** Checks a rule's expected values against the field they will be compared with. */
export function checkValuesForField(rule: {
  field: SignalField;
  operator: OperatorId;
  value: unknown;
}): ValueProblem[] {
  if (!EXACT_VALUE_OPERATORS.has(rule.operator)) return [];
  if (rule.operator === 'equals') {
    const typeProblem = checkEqualsType(rule.field, rule.value);
    if (typeProblem) return [{ path: ['value'], message: typeProblem }];
  }
  const check = ITEM_CHECKS[rule.field];
  if (!check) return [];
  const items = Array.isArray(rule.value) ? rule.value : [rule.value];
  return items.flatMap((item: unknown, index) => {
    const message = typeof item === 'string' ? check(item) : undefined;
    const path = Array.isArray(rule.value) ? ['value', index] : ['value'];
    return message ? [{ path, message }] : [];
  });
}

function checkEqualsType(field: SignalField, value: unknown): string | undefined {
  const kind = FIELD_KINDS[field];
  if (kind !== 'text' && kind !== 'integer' && kind !== 'boolean') return undefined;
  const wanted = TYPE_FOR_KIND[kind];
  if (typeof value === wanted) return undefined;
  return `${field} holds ${TYPE_WORDS[wanted]}, so equals needs ${TYPE_WORDS[wanted]} (got ${JSON.stringify(value)})`;
}

function checkCountryCode(item: string): string | undefined {
  const suggestion = suggestCountryCode(item);
  if (/^[A-Z]{2}$/.test(item) && suggestion === item) {
    return isKnownCountryCode(item)
      ? undefined
      : `"${item}" is not an ISO 3166-1 country code such as US, GB or DE`;
  }
  if (suggestion && suggestion.toUpperCase() === item.trim().toUpperCase()) {
    return `"${item}": country codes are written as two capital letters, use "${suggestion}"`;
  }
  if (suggestion) return `"${item}" is not an ISO 3166-1 two-letter country code; use "${suggestion}"`;
  return `"${item}" is not a two-letter ISO 3166-1 country code such as US, GB or DE`;
}

function checkDomain(item: string): string | undefined {
  if (FIELD_VALUE_SCHEMAS.domain.safeParse(item).success) return undefined;
  const bare = item
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[/?#:].*$/, '');
  if (FIELD_VALUE_SCHEMAS.domain.safeParse(bare).success) {
    return `"${item}" is not a bare lowercase domain; write "${bare}"`;
  }
  return `"${item}" is not a domain such as "acme.com" (lowercase, no www., no https://)`;
}

function checkEnumItem(what: string, allowed: readonly string[]): CheckItem {
  // "Series B", "series-b" and "SERIES_B" all mean series_b; suggest it instead of listing all.
  const squash = (text: string) => text.toLowerCase().replace(/[\s_-]+/g, '');
  return (item) => {
    if (allowed.includes(item)) return undefined;
    const close = allowed.find((value) => squash(value) === squash(item));
    if (close) return `"${item}" is not ${what} Fitcheck knows; write it as "${close}"`;
    return `"${item}" is not ${what} Fitcheck knows; use one of: ${allowed.join(', ')}`;
  };
}
