import type { z } from 'zod';
import type { FieldKind, SignalField } from '@/lib/signals/vocabulary';
import { daysAgo } from './calendar-days';
import { OPERATOR_VALUE_SCHEMAS, type OperatorId, type OperatorValue } from './operator-values';
import { bandFitsRange, parseSizeBand, type SizeRange } from './size-band';
import { containsKeyword, listIncludes, sameText } from './text-match';
import { isOnList, NO_LISTS, type SuppressionIndex } from '@/lib/suppression/suppression-index';

export { OPERATOR_IDS, type OperatorId, type OperatorValue } from './operator-values';

/** A fact's normalized value, as collectFacts holds it. */
export type FactValue = string | number | boolean | readonly string[];
export type ValueItem = string | number | boolean;
/** Shows one expected item the way the field shows it ("series_c" -> "Series C"). */
export type FormatItem = (item: ValueItem) => string;

/** What a test may consult besides the fact: the day (within_days) and the imported lists (on_list). */
export interface RuleContext {
  now: Date;
  lists: SuppressionIndex;
}

/** One row of the operator table: where it applies, what value it takes, how it tests and reads. */
export interface Operator<V = unknown> {
  label: string;
  fieldKinds: readonly FieldKind[];
  /** When set, only these fields, whatever their kind. */
  fields?: readonly SignalField[];
  valueSchema: z.ZodType<V>;
  /** True or false; undefined when it cannot tell (a list that was never imported). */
  test(actual: FactValue, expected: V, context: RuleContext): boolean | undefined;
  describe(expected: V, formatItem?: FormatItem): string;
}

const count = new Intl.NumberFormat('en-US');

/**
 * The operator table. Sizes match on overlap by default: LinkedIn shows size only as a coarse
 * band, so a "1,001-5,000" company may well have 1,500 people. Dropping it silently from a
 * 100-3,000 ICP is worse than showing it as a match with the band as evidence for the SDR to
 * judge; `"match": "contain"` asks for the stricter reading.
 */
export const OPERATORS: { [O in OperatorId]: Operator<OperatorValue<O>> } = {
  in_list: {
    label: 'is one of',
    fieldKinds: ['text'],
    valueSchema: OPERATOR_VALUE_SCHEMAS.in_list,
    test: (actual, expected) =>
      typeof actual === 'string' && expected.some((value) => sameText(actual, value)),
    describe: (expected, format = String) => oneOrMany('one of ', expected, format),
  },
  not_in_list: {
    label: 'is not one of',
    fieldKinds: ['text'],
    valueSchema: OPERATOR_VALUE_SCHEMAS.not_in_list,
    test: (actual, expected) =>
      typeof actual === 'string' && !expected.some((value) => sameText(actual, value)),
    describe: (expected, format = String) =>
      expected.length === 1
        ? `not ${oneOrMany('', expected, format)}`
        : `none of ${joined(expected, format)}`,
  },
  size_in_range: {
    label: 'size band in range',
    fieldKinds: ['range'],
    valueSchema: OPERATOR_VALUE_SCHEMAS.size_in_range,
    test: (actual, expected) => {
      const band = typeof actual === 'string' ? parseSizeBand(actual) : undefined;
      return band !== undefined && bandFitsRange(band, expected);
    },
    describe: describeSizeRange,
  },
  between: {
    label: 'is between',
    fieldKinds: ['integer'],
    valueSchema: OPERATOR_VALUE_SCHEMAS.between,
    test: (actual, { min, max }) =>
      typeof actual === 'number' &&
      (min === undefined || actual >= min) &&
      (max === undefined || actual <= max),
    describe: ({ min, max }, format = String) => {
      if (min !== undefined && max !== undefined) return `between ${format(min)} and ${format(max)}`;
      return min !== undefined ? `at least ${format(min)}` : `at most ${format(max ?? 0)}`;
    },
  },
  includes_any: {
    label: 'includes any of',
    fieldKinds: ['list'],
    valueSchema: OPERATOR_VALUE_SCHEMAS.includes_any,
    test: (actual, expected) =>
      Array.isArray(actual) && expected.some((value) => listIncludes(actual, value)),
    describe: (expected, format = String) => oneOrMany('any of ', expected, format),
  },
  includes_all: {
    label: 'includes all of',
    fieldKinds: ['list'],
    valueSchema: OPERATOR_VALUE_SCHEMAS.includes_all,
    test: (actual, expected) =>
      Array.isArray(actual) && expected.every((value) => listIncludes(actual, value)),
    describe: (expected, format = String) => oneOrMany('all of ', expected, format),
  },
  includes_none: {
    label: 'includes none of',
    fieldKinds: ['list'],
    valueSchema: OPERATOR_VALUE_SCHEMAS.includes_none,
    test: (actual, expected) =>
      Array.isArray(actual) && !expected.some((value) => listIncludes(actual, value)),
    describe: (expected, format = String) => `none of ${joined(expected, format)}`,
  },
  keyword: {
    label: 'mentions a keyword',
    fieldKinds: ['text', 'list'],
    valueSchema: OPERATOR_VALUE_SCHEMAS.keyword,
    test: (actual, expected) => {
      const texts: readonly string[] =
        typeof actual === 'string' ? [actual] : Array.isArray(actual) ? actual : [];
      return expected.some((keyword) => texts.some((text) => containsKeyword(text, keyword)));
    },
    describe: (expected) => `mentions ${expected.map((keyword) => `"${keyword}"`).join(' or ')}`,
  },
  within_days: {
    label: 'within the last N days',
    fieldKinds: ['date'],
    valueSchema: OPERATOR_VALUE_SCHEMAS.within_days,
    test: (actual, days, { now }) => {
      const age = typeof actual === 'string' ? daysAgo(actual, now) : undefined;
      return age !== undefined && age >= 0 && age <= days;
    },
    describe: (days) => (days === 1 ? 'within the last day' : `within the last ${count.format(days)} days`),
  },
  equals: {
    label: 'equals',
    fieldKinds: ['text', 'integer', 'boolean'],
    valueSchema: OPERATOR_VALUE_SCHEMAS.equals,
    test: (actual, expected) =>
      typeof actual === 'string' && typeof expected === 'string'
        ? sameText(actual, expected)
        : actual === expected,
    describe: (expected, format = String) => format(expected),
  },
  on_list: {
    label: 'is on the suppression list',
    // Only domain and linkedinUrl name a company the way a list row does.
    fieldKinds: ['text'],
    fields: ['domain', 'linkedinUrl'],
    valueSchema: OPERATOR_VALUE_SCHEMAS.on_list,
    test: (actual, listId, { lists }) =>
      typeof actual === 'string' ? isOnList(lists, listId, actual) : false,
    describe: (listId) => `on the "${listId}" list`,
  },
};

/**
 * Runs a criterion's or disqualifier's operator on a fact. The ICP schema pairs every operator
 * with its own value shape, so widening the row to `unknown` here loses nothing at run time.
 */
export function testRule(
  rule: { operator: OperatorId; value: unknown },
  actual: FactValue,
  context: RuleContext,
): boolean | undefined {
  return (OPERATORS[rule.operator] as Operator<unknown>).test(actual, rule.value, context);
}

/** A context for tests and callers that have no lists imported. */
export function contextAt(now: Date, lists: SuppressionIndex = NO_LISTS): RuleContext {
  return { now, lists };
}

export function describeRuleValue(
  rule: { operator: OperatorId; value: unknown },
  format?: FormatItem,
): string {
  return (OPERATORS[rule.operator] as Operator<unknown>).describe(rule.value, format);
}

function joined(items: readonly ValueItem[], format: FormatItem): string {
  return items.map(format).join(', ');
}

/** "one of A, B" for several values, just "A" for one. */
function oneOrMany(prefix: string, items: readonly ValueItem[], format: FormatItem): string {
  const [first, ...rest] = items;
  if (first !== undefined && rest.length === 0) return format(first);
  return `${prefix}${joined(items, format)}`;
}

function describeSizeRange({ min, max, match }: SizeRange): string {
  const span = max === undefined ? `${count.format(min)}+` : `${count.format(min)}–${count.format(max)}`;
  return `${span} employees (${match === 'contain' ? 'whole band inside' : 'band overlaps'})`;
}
