import type { AttributeId, CriterionField } from './attributes';

/** A lift at or above this marks a value the best customers share: a positive signal. */
export const POSITIVE_LIFT = 1.5;
/** A churn lift at or above this marks a value churned customers share: a negative signal. */
export const NEGATIVE_LIFT = 1.5;
/** A group with fewer accounts giving the attribute than this is too small to trust a share. */
export const SMALL_GROUP = 20;

/** How often a value occurs in one group: share = count / accounts of the group that give the attribute. */
export interface GroupShare {
  count: number;
  /** Accounts of the group that give the attribute: the denominator. */
  of: number;
  /** 0..1; undefined when no account of the group gives the attribute. */
  share: number | undefined;
}

/** The group compared with the base whose numbers are too few to trust. */
export type SampleGroup = 'top' | 'churned';

export interface LiftRow {
  attribute: AttributeId;
  attributeLabel: string;
  /** The signal field a criterion would test; absent for revenue, which cannot become a criterion. */
  field: CriterionField | undefined;
  value: string;
  top: GroupShare;
  base: GroupShare;
  churned: GroupShare;
  /** top.share / base.share; undefined when the top group has no account giving the attribute. */
  lift: number | undefined;
  /** churned.share / base.share; undefined when no churned account gives the attribute. */
  churnLift: number | undefined;
  positive: boolean;
  negative: boolean;
  /** Groups whose count is under minCount, or that have fewer than SMALL_GROUP accounts giving the attribute. */
  smallSample: SampleGroup[];
}

/** How many accounts of each group give the attribute: the denominators of its shares. */
export interface AttributeCoverage {
  attribute: AttributeId;
  label: string;
  field: CriterionField | undefined;
  top: number;
  base: number;
  churned: number;
}

export interface LiftReport {
  minCount: number;
  topShare: number;
  groups: {
    /** Won accounts: outcome customer or churned. */
    base: number;
    churned: number;
    /** Current customers with a value, ranked to find the top group. */
    rankedCustomers: number;
    top: number;
  };
  /** The lowest value in the top group; undefined when no customer has a value. */
  topValueThreshold: number | undefined;
  coverage: AttributeCoverage[];
  /** Highest lift first; rows without a lift last. */
  rows: LiftRow[];
}
