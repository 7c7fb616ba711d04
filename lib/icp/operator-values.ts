import { z } from 'zod';

/**
 * The value shape each ICP operator takes. Messages are written for the RevOps lead who edits
 * the file by hand, not for a developer.
 */

// A function error only speaks when the value is there; "missing" is worded once, in issue-messages.ts.
const unlessMissing = (message: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? undefined : message;

const textList = z
  .array(
    z
      .string({ error: unlessMissing('each value must be text in double quotes') })
      .regex(/\S/, 'a value is blank'),
    {
      error: unlessMissing('value must be a list in square brackets, such as ["Software Development"]'),
    },
  )
  .min(1, 'the list is empty: give at least one value')
  .meta({ id: 'ValueList' });

const headcount = z
  .number({ error: unlessMissing('must be a number of employees, such as 100') })
  .int('must be a whole number')
  .nonnegative('cannot be negative');

const sizeRange = z
  .strictObject(
    { min: headcount, max: headcount.optional(), match: z.enum(['overlap', 'contain']).optional() },
    { error: unlessMissing('value must look like {"min": 100, "max": 3000}; max may be left out') },
  )
  .refine((range) => range.max === undefined || range.max >= range.min, {
    error: 'max must not be smaller than min',
    path: ['max'],
  })
  .meta({ id: 'SizeRange' });

const bound = z.number({ error: unlessMissing('must be a number') });
const bounds = z
  .strictObject(
    { min: bound.optional(), max: bound.optional() },
    { error: unlessMissing('value must look like {"min": 10, "max": 50}; either bound may be left out') },
  )
  .refine((value) => value.min !== undefined || value.max !== undefined, 'give at least one of min and max')
  .refine((value) => value.min === undefined || value.max === undefined || value.max >= value.min, {
    error: 'max must not be smaller than min',
    path: ['max'],
  })
  .meta({ id: 'NumberBounds' });

const dayCount = z
  .number({ error: unlessMissing('value must be a number of days, such as 365') })
  .int('must be a whole number of days')
  .positive('must be at least 1 day')
  .meta({ id: 'DayCount' });

const singleValue = z
  .union([z.string().regex(/\S/, 'the value is blank'), z.number(), z.boolean()], {
    error: unlessMissing('value must be one text value in double quotes, a number, or true/false'),
  })
  .meta({ id: 'SingleValue' });

const listId = z
  .string({
    error: unlessMissing('value must be the id of a suppression list in double quotes, such as "customers"'),
  })
  .regex(
    /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/,
    'a list id uses lowercase letters, digits and hyphens, such as "customers"',
  )
  .meta({ id: 'ListId' });

/** The value shape each operator takes: the ICP schema builds one criterion variant per entry. */
export const OPERATOR_VALUE_SCHEMAS = {
  in_list: textList,
  not_in_list: textList,
  size_in_range: sizeRange,
  between: bounds,
  includes_any: textList,
  includes_all: textList,
  includes_none: textList,
  keyword: textList,
  within_days: dayCount,
  equals: singleValue,
  on_list: listId,
} as const;

export type OperatorId = keyof typeof OPERATOR_VALUE_SCHEMAS;
export type OperatorValue<O extends OperatorId> = z.output<(typeof OPERATOR_VALUE_SCHEMAS)[O]>;
export const OPERATOR_IDS = Object.keys(OPERATOR_VALUE_SCHEMAS) as OperatorId[];
