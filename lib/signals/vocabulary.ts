import { z } from 'zod';

import {
  FIELD_RULES,
  type FieldRule,
  type FieldValue,
  MAX_SOURCE_TEXT,
  MAX_TEXT_LENGTH,
  SIGNAL_FIELDS,
  type SignalField,
  toSourceText,
} from './field-rules';

export {
  COMPANY_TYPES,
  COMPLIANCE,
  FIELD_KINDS,
  type FieldKind,
  FUNDING_STAGES,
  SENIORITIES,
} from './field-rules';
export { type FieldValue, MAX_SOURCE_TEXT, SIGNAL_FIELDS, type SignalField, toSourceText };

/**
 * The signal vocabulary of CONTRACT.md §1: every field a criterion, the popup, the dashboard
 * and the export may name, with the zod schema of its normalized value.
 */

const text = z.string().trim().min(1).max(MAX_TEXT_LENGTH);

/** The zod schema of a field rule (field-rules.ts): what the background parses page input with. */
function schemaOfRule(rule: FieldRule): z.ZodType {
  switch (rule.kind) {
    case 'text':
      return text;
    case 'textList':
      return z.array(text).min(1);
    case 'pattern':
      return z.string().regex(rule.pattern, rule.message);
    case 'count':
      return z.number().int().nonnegative();
    case 'year':
      return z.number().int().min(1000).max(2100);
    case 'boolean':
      return z.boolean();
    case 'oneOf':
      return z.enum(rule.values as [string, ...string[]]);
    case 'listOf':
      return z.array(z.enum(rule.values as [string, ...string[]])).min(1);
  }
}

/** One schema per field, built from its rule. */
export const FIELD_VALUE_SCHEMAS = Object.fromEntries(
  SIGNAL_FIELDS.map((field) => [field, schemaOfRule(FIELD_RULES[field])]),
) as { [F in SignalField]: z.ZodType<FieldValue<F>> };

export const signalFieldSchema = z.enum(SIGNAL_FIELDS as [SignalField, ...SignalField[]]);

/** Where a signal was read: enough for the SDR to check it and for us to debug an extractor. */
export const evidenceSchema = z.object({
  url: z.string().url().max(4000),
  extractorId: z.string().min(1).max(64),
  seenAt: z.string().datetime(),
  /** The page text (or markup snippet) the value was read from, trimmed and capped. */
  sourceText: z.string().max(500),
});
export type Evidence = z.infer<typeof evidenceSchema>;

/** A signal whose value type follows its field. */
export type Signal = {
  [F in SignalField]: { field: F; value: FieldValue<F>; evidence: Evidence };
}[SignalField];

const signalSchemas = SIGNAL_FIELDS.map((field) =>
  z.object({ field: z.literal(field), value: FIELD_VALUE_SCHEMAS[field], evidence: evidenceSchema }),
);

/**
 * Checks a signal's value against its own field's schema. Typed as the mapped `Signal` union:
 * zod cannot infer a union built from a list, but the runtime check is exactly that union.
 */
export const signalSchema = z.discriminatedUnion(
  'field',
  signalSchemas as unknown as [(typeof signalSchemas)[number], ...(typeof signalSchemas)[number][]],
) as unknown as z.ZodType<Signal>;

export type SignalValue = Signal['value'];

export const observationSchema = z.object({
  url: z.string().url().max(4000),
  seenAt: z.string().datetime(),
  /** Which page kind was read, e.g. "linkedin-company". */
  pageKind: z.string().min(1).max(64),
  signals: z.array(signalSchema).max(500),
  /** Fields every correct read of this page kind has, which this read lacks: a sign the markup changed. */
  missingKeyFields: z.array(signalFieldSchema).max(50).optional(),
});
export type Observation = z.infer<typeof observationSchema>;

/** A page that was clearly of a kind Fitcheck reads, but could not be read, or only in part. */
export const readProblemSchema = z.object({
  url: z.string().url(),
  pageKind: z.string().min(1),
  missing: z.array(signalFieldSchema).min(1).max(50),
  seenAt: z.string().datetime(),
});
export type ReadProblemReport = z.infer<typeof readProblemSchema>;
