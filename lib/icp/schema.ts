import { z } from 'zod';
import { SIGNAL_FIELDS, type SignalField } from '@/lib/signals/vocabulary';
import { checkRuleFitsField, checkTiers, checkUniqueRuleIds } from './icp-rules';
import { OPERATOR_VALUE_SCHEMAS, type OperatorId } from './operator-values';
import { personaSchema } from './persona-schema';

export type { Operator, OperatorId } from './operators';
export type { Persona, Seniority } from './persona-schema';

/** The format this build writes and reads; older files are migrated (see format-versions.ts). */
export const CURRENT_ICP_FORMAT_VERSION = 2;
export const ICP_FORMAT = 'fitcheck-icp';

export const LAYERS = ['firmographic', 'technographic', 'operational', 'behavioral'] as const;
export type Layer = (typeof LAYERS)[number];

// A meta id names a part the published JSON Schema defines once and refers to ($defs).
const text = z.string().regex(/\S/, 'cannot be empty').meta({ id: 'Text' });
const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, 'use lowercase letters, digits and hyphens, such as "company-size"')
  .meta({ id: 'Id' });

const fieldSchema = z
  .enum(SIGNAL_FIELDS as [SignalField, ...SignalField[]], {
    error: (issue) =>
      issue.input === undefined
        ? undefined
        : `${JSON.stringify(issue.input)} is not a field Fitcheck reads; use one of: ${SIGNAL_FIELDS.join(', ')}`,
  })
  .meta({ id: 'SignalField' });

const weightSchema = z
  .number()
  .gt(0, { error: (issue) => `weight must be greater than 0 (got ${String(issue.input)})` })
  .describe('How much the criterion counts, relative to the others; weights totalling 100 read as points.');

const layerSchema = z.enum(LAYERS).meta({ id: 'Layer' });

const criterionBase = z.strictObject({
  id: idSchema,
  label: text,
  layer: layerSchema,
  field: fieldSchema,
  weight: weightSchema,
  mustHave: z
    .boolean()
    .default(false)
    .describe('A missed must-have keeps the account out of the top tier, whatever its score.'),
  rationale: text.describe('Why this matters, in a sentence an SDR can repeat.'),
  productFit: text.optional().describe('How our product fits a company that matches.'),
});

const disqualifierBase = z.strictObject({
  id: idSchema,
  label: text,
  field: fieldSchema,
  reason: text.describe('Why a company that hits this is out, whatever its score.'),
});

/** One variant per operator, so each operator's value shape is checked and published. */
function withOperator<Shape extends z.ZodRawShape, O extends OperatorId>(
  base: z.ZodObject<Shape>,
  operator: O,
) {
  return base.extend({ operator: z.literal(operator), value: OPERATOR_VALUE_SCHEMAS[operator] });
}

function byOperator<Shape extends z.ZodRawShape>(base: z.ZodObject<Shape>) {
  const variants = [
    withOperator(base, 'in_list'),
    withOperator(base, 'not_in_list'),
    withOperator(base, 'size_in_range'),
    withOperator(base, 'between'),
    withOperator(base, 'includes_any'),
    withOperator(base, 'includes_all'),
    withOperator(base, 'includes_none'),
    withOperator(base, 'keyword'),
    withOperator(base, 'within_days'),
    withOperator(base, 'equals'),
    withOperator(base, 'on_list'),
  ] as const;
  return z.discriminatedUnion('operator', variants);
}

const criterionSchema = byOperator(criterionBase).superRefine(checkRuleFitsField);
const disqualifierSchema = byOperator(disqualifierBase).superRefine(checkRuleFitsField);

const tierSchema = z.strictObject({
  id: idSchema,
  label: text,
  badge: z.string().min(1, 'cannot be empty').max(4, 'must be 1 to 4 characters: it is the toolbar badge'),
  minScore: z.number().int().min(0).max(100).describe('The lowest score (0 to 100) that lands in this tier.'),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'write colors as #rrggbb, such as "#16a34a"'),
});

const icpShape = z.strictObject({
  /** Lets an editor find docs/icp.schema.json; ignored by Fitcheck. */
  $schema: z.string().optional(),
  format: z.literal(ICP_FORMAT),
  formatVersion: z.literal(CURRENT_ICP_FORMAT_VERSION),
  id: idSchema,
  name: text,
  description: text.optional(),
  segmentOf: idSchema
    .optional()
    .describe(
      'Set on a segment variant (SMB, enterprise…): the id of the primary ICP it refines. The popup shows its fit beside the primary one.',
    ),
  version: z.number().int().positive().describe('Your own revision number: raise it when the ICP changes.'),
  reviewedAt: z.iso
    .date({
      error: (issue) =>
        issue.input === undefined ? undefined : 'must be a date written YYYY-MM-DD, such as "2026-11-01"',
    })
    .describe('When the ICP was last reviewed against won and lost deals.'),
  criteria: z.array(criterionSchema).min(1, 'an ICP needs at least one criterion'),
  disqualifiers: z.array(disqualifierSchema).default([]),
  tiers: z
    .array(tierSchema)
    .min(1, 'an ICP needs at least one tier, starting at minScore 0')
    .superRefine(checkTiers),
  /**
   * Who to reach at a company that fits (persona-schema.ts). lib/scoring/persona-fit.ts checks a
   * person against it; it never changes the company's score.
   */
  persona: personaSchema.optional(),
});

export type Icp = z.output<typeof icpShape>;
export type Criterion = Icp['criteria'][number];
export type Disqualifier = Icp['disqualifiers'][number];
export type Tier = Icp['tiers'][number];

/** The ICP file: its shape, and the checks across entries (operator fits field, tiers, unique ids). */
export const icpSchema = icpShape.superRefine(checkUniqueRuleIds).meta({
  title: 'Fitcheck ICP file',
  description: 'An Ideal Customer Profile for the Fitcheck browser extension. See docs/icp-format.md.',
});
