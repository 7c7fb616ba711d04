import { z } from 'zod';

/**
 * The signal vocabulary of CONTRACT.md §1: every field a criterion, the popup, the dashboard
 * and the export may name, with the zod schema of its normalized value.
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'expected YYYY-MM-DD or YYYY-MM');
const count = z.number().int().nonnegative();
/** Page text is untrusted: bounded, so a hostile page cannot fill the database. */
const text = z.string().trim().min(1).max(2000);
const textList = z.array(text).min(1);

export const COMPANY_TYPES = [
  'public',
  'private',
  'nonprofit',
  'government',
  'educational',
  'partnership',
  'self-employed',
  'self-owned',
] as const;

export const FUNDING_STAGES = [
  'pre_seed',
  'seed',
  ...(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'] as const).map((l) => `series_${l}` as const),
  'private_equity',
  'debt',
  'ipo',
  'post_ipo',
  'grant',
  'other',
] as const;

export const COMPLIANCE = ['soc2', 'iso27001', 'hipaa', 'gdpr', 'pci_dss'] as const;

export const SENIORITIES = [
  'c_level',
  'vp',
  'head',
  'director',
  'manager',
  'senior',
  'entry',
  'other',
] as const;

/** One schema per field: the single source of truth for what a normalized value looks like. */
export const FIELD_VALUE_SCHEMAS = {
  name: text,
  domain: z.string().regex(/^(?!www\.)[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'expected a lowercase registrable domain'),
  linkedinUrl: z
    .string()
    .regex(
      /^https:\/\/www\.linkedin\.com\/company\/[^/]+\/$/,
      'expected https://www.linkedin.com/company/<slug>/',
    ),
  /** LinkedIn's numeric organization id (urn:li:organization:N): /company/1035/ and /company/microsoft/ are one. */
  linkedinOrgId: z.string().regex(/^\d{1,15}$/, 'expected the digits of urn:li:organization:N'),
  industry: text,
  employeeRange: z.string().regex(/^\d+(-\d+|\+)$/, 'expected min-max or min+'),
  employeesOnLinkedIn: count,
  hqCity: text,
  hqRegion: text,
  hqCountry: z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code'),
  foundedYear: z.number().int().min(1000).max(2100),
  companyType: z.enum(COMPANY_TYPES),
  specialties: textList,
  followers: count,
  technology: textList,
  openRoles: count,
  hiringRole: textList,
  fundingStage: z.enum(FUNDING_STAGES),
  lastFundingDate: isoDate,
  lastFundingAmountUsd: count,
  totalFundingUsd: count,
  locationsCount: count,
  /** Titles of C-level or VP leaders the company announced it appointed (its press page). */
  leadershipChange: textList,
  /** When the newest of those appointments was announced. */
  leadershipChangeDate: isoDate,
  compliance: z.array(z.enum(COMPLIANCE)).min(1),
  pricingPage: z.boolean(),
  freeTrial: z.boolean(),
  demoCta: z.boolean(),
  personName: text,
  personTitle: text,
  personCompany: text,
  /** The person's own profile: https://www.linkedin.com/in/<slug>/ */
  personLinkedinUrl: z
    .string()
    .regex(/^https:\/\/www\.linkedin\.com\/in\/[^/]+\/$/, 'expected https://www.linkedin.com/in/<slug>/'),
  /** The LinkedIn page of the person's current company (its slug may be the numeric id). */
  personCompanyLinkedinUrl: z
    .string()
    .regex(
      /^https:\/\/www\.linkedin\.com\/company\/[^/]+\/$/,
      'expected https://www.linkedin.com/company/<slug>/',
    ),
  personLocation: text,
  seniority: z.enum(SENIORITIES),
} as const;

export type SignalField = keyof typeof FIELD_VALUE_SCHEMAS;
export type FieldValue<F extends SignalField> = z.infer<(typeof FIELD_VALUE_SCHEMAS)[F]>;

export const SIGNAL_FIELDS = Object.keys(FIELD_VALUE_SCHEMAS) as SignalField[];
export const signalFieldSchema = z.enum(SIGNAL_FIELDS as [SignalField, ...SignalField[]]);

export type FieldKind = 'text' | 'integer' | 'list' | 'boolean' | 'date' | 'range';

/** What kind of value a field holds; the ICP schema uses it to check operator against field. */
export const FIELD_KINDS: Record<SignalField, FieldKind> = {
  name: 'text',
  domain: 'text',
  linkedinUrl: 'text',
  linkedinOrgId: 'text',
  industry: 'text',
  employeeRange: 'range',
  employeesOnLinkedIn: 'integer',
  hqCity: 'text',
  hqRegion: 'text',
  hqCountry: 'text',
  foundedYear: 'integer',
  companyType: 'text',
  specialties: 'list',
  followers: 'integer',
  technology: 'list',
  openRoles: 'integer',
  hiringRole: 'list',
  fundingStage: 'text',
  lastFundingDate: 'date',
  lastFundingAmountUsd: 'integer',
  totalFundingUsd: 'integer',
  locationsCount: 'integer',
  leadershipChange: 'list',
  leadershipChangeDate: 'date',
  compliance: 'list',
  pricingPage: 'boolean',
  freeTrial: 'boolean',
  demoCta: 'boolean',
  personName: 'text',
  personTitle: 'text',
  personCompany: 'text',
  personLinkedinUrl: 'text',
  personCompanyLinkedinUrl: 'text',
  personLocation: 'text',
  seniority: 'text',
};

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

export const MAX_SOURCE_TEXT = 500;

/** Collapses whitespace and caps length so evidence stays readable and small. */
export function toSourceText(raw: string): string {
  const collapsed = raw.replace(/\s+/g, ' ').trim();
  return collapsed.length > MAX_SOURCE_TEXT ? `${collapsed.slice(0, MAX_SOURCE_TEXT - 1)}…` : collapsed;
}

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
