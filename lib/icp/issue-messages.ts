import type { z } from 'zod';
import { OPERATOR_IDS } from './operator-values';

type RawIssue = z.core.$ZodRawIssue;

const EXPECTED_WORDS: Readonly<Record<string, string>> = {
  string: 'text in double quotes',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list in square brackets [ ]',
  object: 'an object in curly braces { }',
};

/**
 * zod's default messages are written for developers ("Invalid input: expected number, received
 * string"). The people who edit ICP files work in RevOps, so every issue zod raises without a
 * message of its own is reworded here. The path is shown next to the message, so it is not repeated.
 */
export const plainIssueMessage = (issue: RawIssue): string | undefined => {
  switch (issue.code) {
    case 'invalid_type':
      return describeWrongType(issue.expected, issue.input);
    case 'invalid_value':
      return describeWrongChoice(issue.values, issue.input);
    case 'too_small':
      return describeBound(
        'at least',
        'greater than',
        issue.origin,
        Number(issue.minimum),
        issue.inclusive,
        issue.input,
      );
    case 'too_big':
      return describeBound(
        'at most',
        'less than',
        issue.origin,
        Number(issue.maximum),
        issue.inclusive,
        issue.input,
      );
    case 'unrecognized_keys':
      return `unknown ${issue.keys.length === 1 ? 'key' : 'keys'} ${issue.keys.map((key) => `"${key}"`).join(', ')}: check the spelling, or remove it`;
    case 'invalid_union':
      return describeUnionMiss(issue);
    case 'invalid_format':
      return `has the wrong format (got ${describeInput(issue.input)})`;
    default:
      return undefined;
  }
};

function describeWrongType(expected: string, input: unknown): string {
  const wanted = EXPECTED_WORDS[expected] ?? expected;
  if (input === undefined) return `missing: this is required (${wanted})`;
  return `must be ${wanted} (got ${describeInput(input)})`;
}

function describeWrongChoice(values: readonly unknown[], input: unknown): string {
  const choices = values.map((value) => JSON.stringify(value));
  if (input === undefined) return `missing: this is required (${choices.join(', ')})`;
  if (choices.length === 1) return `must be ${choices[0]} (got ${describeInput(input)})`;
  return `must be one of: ${values.join(', ')} (got ${describeInput(input)})`;
}

function describeBound(
  inclusiveWord: string,
  exclusiveWord: string,
  origin: string,
  limit: number,
  inclusive: boolean | undefined,
  input: unknown,
): string {
  const word = inclusive === false ? exclusiveWord : inclusiveWord;
  if (origin === 'array' || origin === 'set') {
    return `needs ${word} ${limit} ${limit === 1 ? 'entry' : 'entries'}`;
  }
  if (origin === 'string') return `must be ${word} ${limit} ${limit === 1 ? 'character' : 'characters'} long`;
  return `must be ${word} ${limit} (got ${describeInput(input)})`;
}

/** A discriminated union misses when the operator is absent or not one we know. */
function describeUnionMiss(issue: RawIssue & { code: 'invalid_union' }): string {
  const operator = isRecord(issue.input) ? issue.input.operator : undefined;
  const known = `one of: ${OPERATOR_IDS.join(', ')}`;
  if (!('note' in issue) || !isRecord(issue.input)) return 'does not match any allowed form';
  if (operator === undefined) return `missing "operator": choose ${known}`;
  return `unknown operator ${describeInput(operator)}; use ${known}`;
}

export function describeInput(input: unknown): string {
  if (Array.isArray(input)) return 'a list';
  if (input === null) return 'null';
  if (typeof input === 'object') return 'an object';
  if (typeof input === 'string')
    return JSON.stringify(input.length > 60 ? `${input.slice(0, 57)}...` : input);
  return String(input);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
