import type { Outcome } from '@/lib/analysis/analysis-account';
import type { FundingStage } from '@/lib/signals/funding-stage';

/*
 * A CRM export with known patterns planted, for the lift analysis to find:
 *
 * - 200 customers with a value; the best 50 (the top quartile) all have a value of 100,000 or
 *   more, the other 150 less than 95,000. 60 churned, 80 lost, 20 open: a base of 260 won.
 * - Financial Services is 20 of the 50 best (40%) and 39 of the 260 won (15%): lift 2.67.
 * - 201-500 employees is 20 of the 50 best (40%) and 39 of the 260 won (15%): lift 2.67.
 * - Retail is 24 of the 60 churned (40%) and 32 of the 260 won (12.3%): churn lift 3.25.
 * - Every other industry and size stays under 1.5 both ways (the counts below are set for it),
 *   and country, technology, funding stage and revenue are noise: each group gets the same
 *   proportions of them. The seeded PRNG shuffles which values go together and draws the values.
 */

export type Group = 'top' | 'rest' | 'churned' | 'lost' | 'open';
export type Quota<T> = readonly (readonly [T, number])[];

export const GROUP_SIZES: Record<Group, number> = { top: 50, rest: 150, churned: 60, lost: 80, open: 20 };
export const OUTCOMES: Record<Group, Outcome> = {
  top: 'customer',
  rest: 'customer',
  churned: 'churned',
  lost: 'lost',
  open: 'open',
};

export const FS = 'Financial Services';
export const SOFTWARE = 'Software Development';
export const IT = 'IT Services and IT Consulting';
export const HEALTH = 'Hospitals and Health Care';
export const RETAIL = 'Retail';
export const MANUFACTURING = 'Manufacturing';

export const INDUSTRIES: Record<Group, Quota<string>> = {
  top: [
    [FS, 20],
    [SOFTWARE, 12],
    [IT, 10],
    [HEALTH, 8],
  ],
  rest: [
    [FS, 15],
    [RETAIL, 8],
    [SOFTWARE, 40],
    [IT, 35],
    [HEALTH, 27],
    [MANUFACTURING, 25],
  ],
  churned: [
    [FS, 4],
    [RETAIL, 24],
    [SOFTWARE, 10],
    [IT, 8],
    [HEALTH, 6],
    [MANUFACTURING, 8],
  ],
  lost: [
    [FS, 5],
    [RETAIL, 10],
    [SOFTWARE, 25],
    [IT, 20],
    [HEALTH, 10],
    [MANUFACTURING, 10],
  ],
  open: [
    [FS, 3],
    [SOFTWARE, 7],
    [IT, 5],
    [HEALTH, 5],
  ],
};

export const SIZES: Record<Group, Quota<string>> = {
  top: [
    ['201-500', 20],
    ['51-200', 10],
    ['501-1000', 12],
    ['1001-5000', 8],
  ],
  rest: [
    ['201-500', 12],
    ['51-200', 50],
    ['501-1000', 40],
    ['1001-5000', 28],
    ['11-50', 20],
  ],
  churned: [
    ['201-500', 7],
    ['51-200', 25],
    ['501-1000', 12],
    ['1001-5000', 8],
    ['11-50', 8],
  ],
  lost: [
    ['201-500', 10],
    ['51-200', 30],
    ['501-1000', 20],
    ['11-50', 20],
  ],
  open: [
    ['201-500', 5],
    ['51-200', 10],
    ['501-1000', 5],
  ],
};

/** Noise: the same weights in every group; undefined is a record without the attribute. */
export const COUNTRIES: Quota<string | undefined> = [
  ['US', 50],
  ['GB', 20],
  ['DE', 15],
  ['CA', 10],
  [undefined, 5],
];
export const TOOLS: Quota<string[]> = [
  [['Salesforce'], 30],
  [['HubSpot'], 30],
  [['Salesforce', 'Marketo'], 20],
  [['HubSpot', 'Google Analytics'], 15],
  [[], 5],
];
export const STAGES: Quota<FundingStage | undefined> = [
  ['series_a', 30],
  ['series_b', 25],
  ['series_c', 20],
  ['seed', 15],
  [undefined, 10],
];
/** Revenue bands as [min, max) in dollars. */
export const REVENUES: Quota<readonly [number, number] | undefined> = [
  [[1e6, 10e6], 30],
  [[10e6, 50e6], 40],
  [[50e6, 100e6], 20],
  [undefined, 10],
];
