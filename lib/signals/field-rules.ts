/**
 * What a normalized value of each signal field looks like, as plain data and predicates. The
 * content scripts check values with these (zod would triple their size, docs/performance.md);
 * vocabulary.ts builds the zod schemas the background parses with from the same rules, so the
 * page and the boundary can never disagree.
 */

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

/** Page text is untrusted: bounded, so a hostile page cannot fill the database. */
export const MAX_TEXT_LENGTH = 2000;

export type FieldRule =
  | { kind: 'text' }
  | { kind: 'textList' }
  | { kind: 'pattern'; pattern: RegExp; message: string }
  | { kind: 'count' }
  | { kind: 'year' }
  | { kind: 'boolean' }
  | { kind: 'oneOf'; values: readonly string[] }
  | { kind: 'listOf'; values: readonly string[] };

const ISO_DATE = {
  kind: 'pattern',
  pattern: /^\d{4}-\d{2}(-\d{2})?$/,
  message: 'expected YYYY-MM-DD or YYYY-MM',
} as const;
const COMPANY_PAGE = {
  kind: 'pattern',
  pattern: /^https:\/\/www\.linkedin\.com\/company\/[^/]+\/$/,
  message: 'expected https://www.linkedin.com/company/<slug>/',
} as const;
const TEXT = { kind: 'text' } as const;
const TEXT_LIST = { kind: 'textList' } as const;
const COUNT = { kind: 'count' } as const;
const BOOLEAN = { kind: 'boolean' } as const;

/** One rule per field: the single source of truth for what a normalized value looks like. */
export const FIELD_RULES = {
  name: TEXT,
  domain: {
    kind: 'pattern',
    pattern: /^(?!www\.)[a-z0-9-]+(\.[a-z0-9-]+)+$/,
    message: 'expected a lowercase registrable domain',
  },
  linkedinUrl: COMPANY_PAGE,
  /** LinkedIn's numeric organization id (urn:li:organization:N): /company/1035/ and /company/microsoft/ are one. */
  linkedinOrgId: {
    kind: 'pattern',
    pattern: /^\d{1,15}$/,
    message: 'expected the digits of urn:li:organization:N',
  },
  industry: TEXT,
  employeeRange: { kind: 'pattern', pattern: /^\d+(-\d+|\+)$/, message: 'expected min-max or min+' },
  employeesOnLinkedIn: COUNT,
  hqCity: TEXT,
  hqRegion: TEXT,
  hqCountry: { kind: 'pattern', pattern: /^[A-Z]{2}$/, message: 'expected an ISO 3166-1 alpha-2 code' },
  foundedYear: { kind: 'year' },
  companyType: { kind: 'oneOf', values: COMPANY_TYPES },
  specialties: TEXT_LIST,
  followers: COUNT,
  technology: TEXT_LIST,
  openRoles: COUNT,
  hiringRole: TEXT_LIST,
  fundingStage: { kind: 'oneOf', values: FUNDING_STAGES },
  lastFundingDate: ISO_DATE,
  lastFundingAmountUsd: COUNT,
  totalFundingUsd: COUNT,
  locationsCount: COUNT,
  /** Titles of C-level or VP leaders the company announced it appointed (its press page). */
  leadershipChange: TEXT_LIST,
  /** When the newest of those appointments was announced. */
  leadershipChangeDate: ISO_DATE,
  compliance: { kind: 'listOf', values: COMPLIANCE },
  pricingPage: BOOLEAN,
  freeTrial: BOOLEAN,
  demoCta: BOOLEAN,
  personName: TEXT,
  personTitle: TEXT,
  personCompany: TEXT,
  /** The person's own profile: https://www.linkedin.com/in/<slug>/ */
  personLinkedinUrl: {
    kind: 'pattern',
    pattern: /^https:\/\/www\.linkedin\.com\/in\/[^/]+\/$/,
    message: 'expected https://www.linkedin.com/in/<slug>/',
  },
  /** The LinkedIn page of the person's current company (its slug may be the numeric id). */
  personCompanyLinkedinUrl: COMPANY_PAGE,
  personLocation: TEXT,
  seniority: { kind: 'oneOf', values: SENIORITIES },
} as const satisfies Record<string, FieldRule>;

export type SignalField = keyof typeof FIELD_RULES;
export const SIGNAL_FIELDS = Object.keys(FIELD_RULES) as SignalField[];

/** The TypeScript type of the values a rule accepts. */
type ValueOfRule<R> = R extends { kind: 'text' | 'pattern' }
  ? string
  : R extends { kind: 'textList' }
    ? string[]
    : R extends { kind: 'count' | 'year' }
      ? number
      : R extends { kind: 'boolean' }
        ? boolean
        : R extends { kind: 'oneOf'; values: readonly (infer V)[] }
          ? V
          : R extends { kind: 'listOf'; values: readonly (infer V)[] }
            ? V[]
            : never;

export type FieldValue<F extends SignalField> = ValueOfRule<(typeof FIELD_RULES)[F]>;

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

/** Trimmed, not empty, bounded: the text a value may be stored as. */
function isText(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const trimmed = value.trim();
  return trimmed.length > 0 && trimmed.length <= MAX_TEXT_LENGTH;
}

function isCount(value: unknown): boolean {
  return Number.isInteger(value) && (value as number) >= 0;
}

function isNonEmptyListOf(value: unknown, check: (item: unknown) => boolean): boolean {
  return Array.isArray(value) && value.length > 0 && value.every(check);
}

/** Whether a value fits a rule; the same question the zod schema of vocabulary.ts answers. */
export function fitsRule(rule: FieldRule, value: unknown): boolean {
  switch (rule.kind) {
    case 'text':
      return isText(value);
    case 'textList':
      return isNonEmptyListOf(value, isText);
    case 'pattern':
      return typeof value === 'string' && rule.pattern.test(value);
    case 'count':
      return isCount(value);
    case 'year':
      return Number.isInteger(value) && (value as number) >= 1000 && (value as number) <= 2100;
    case 'boolean':
      return typeof value === 'boolean';
    case 'oneOf':
      return typeof value === 'string' && rule.values.includes(value);
    case 'listOf':
      return isNonEmptyListOf(value, (item) => typeof item === 'string' && rule.values.includes(item));
  }
}

export function fitsField(field: SignalField, value: unknown): boolean {
  return fitsRule(FIELD_RULES[field], value);
}

export const MAX_SOURCE_TEXT = 500;

/** Collapses whitespace and caps length so evidence stays readable and small. */
export function toSourceText(raw: string): string {
  const collapsed = raw.replace(/\s+/g, ' ').trim();
  return collapsed.length > MAX_SOURCE_TEXT ? `${collapsed.slice(0, MAX_SOURCE_TEXT - 1)}…` : collapsed;
}
