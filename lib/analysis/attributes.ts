import { distinctTools } from './import/read-cells';
import type { Layer } from '@/lib/icp/schema';
import type { SignalField } from '@/lib/signals/vocabulary';
import type { AnalysisAccount } from './analysis-account';

export type AttributeId =
  'industry' | 'employeeRange' | 'revenueBand' | 'hqCountry' | 'technology' | 'fundingStage';

/** The signal fields an analysed attribute can become a criterion on. */
export type CriterionField = Extract<
  SignalField,
  'industry' | 'employeeRange' | 'hqCountry' | 'technology' | 'fundingStage'
>;

/** One thing the lift analysis compares between groups of accounts. */
export interface AnalysisAttribute {
  id: AttributeId;
  label: string;
  /**
   * The signal field a criterion on this attribute tests. Revenue has none: no page Fitcheck reads
   * shows a company's revenue, so it can be analysed but never turned into a criterion.
   */
  field?: CriterionField;
  layer: Layer;
  /** The account's values; empty when the record does not give the attribute. Technology may give several. */
  valuesOf(account: AnalysisAccount): readonly string[];
  /** "in Financial Services": how a rationale names an account that has the value. */
  describe(value: string): string;
}

interface RevenueBand {
  label: string;
  /** Inclusive lower bound in dollars. */
  min: number;
}

/**
 * Revenue bands in dollars, each from its `min` (included) up to the next band's `min` (excluded):
 * $10M exactly is in 10-50M. The last band is open-ended.
 */
export const REVENUE_BANDS: readonly RevenueBand[] = [
  { label: '<1M', min: 0 },
  { label: '1-10M', min: 1e6 },
  { label: '10-50M', min: 10e6 },
  { label: '50-100M', min: 50e6 },
  { label: '100-500M', min: 100e6 },
  { label: '500M-1B', min: 500e6 },
  { label: '1B+', min: 1e9 },
];

/** The band a revenue falls in; undefined for a negative or non-finite amount, which is no revenue. */
export function revenueBandOf(revenueUsd: number): string | undefined {
  if (!Number.isFinite(revenueUsd) || revenueUsd < 0) return undefined;
  return REVENUE_BANDS.findLast((band) => revenueUsd >= band.min)?.label;
}

const present = (value: string | undefined): string[] =>
  value === undefined || value.trim() === '' ? [] : [value.trim()];

export const ANALYSIS_ATTRIBUTES: readonly AnalysisAttribute[] = [
  {
    id: 'industry',
    label: 'Industry',
    field: 'industry',
    layer: 'firmographic',
    valuesOf: (account) => present(account.industry),
    describe: (value) => `in ${value}`,
  },
  {
    id: 'employeeRange',
    label: 'Company size',
    field: 'employeeRange',
    layer: 'firmographic',
    valuesOf: (account) => present(account.employeeRange),
    describe: (value) => `at ${value} employees`,
  },
  {
    id: 'revenueBand',
    label: 'Revenue',
    layer: 'firmographic',
    valuesOf: (account) =>
      present(account.revenueUsd === undefined ? undefined : revenueBandOf(account.revenueUsd)),
    describe: (value) => `at ${value} revenue`,
  },
  {
    id: 'hqCountry',
    label: 'HQ country',
    field: 'hqCountry',
    layer: 'firmographic',
    valuesOf: (account) => present(account.hqCountry),
    describe: (value) => `headquartered in ${value}`,
  },
  {
    id: 'technology',
    label: 'Technology',
    field: 'technology',
    layer: 'technographic',
    valuesOf: (account) => distinctTools(account.technology),
    describe: (value) => `using ${value}`,
  },
  {
    id: 'fundingStage',
    label: 'Funding stage',
    field: 'fundingStage',
    layer: 'behavioral',
    valuesOf: (account) => present(account.fundingStage),
    describe: (value) => `at funding stage ${value}`,
  },
];

export function attributeById(id: AttributeId): AnalysisAttribute {
  const attribute = ANALYSIS_ATTRIBUTES.find((candidate) => candidate.id === id);
  if (!attribute) throw new Error(`unknown attribute "${id}"`);
  return attribute;
}
