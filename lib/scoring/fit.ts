import type { Layer } from '@/lib/icp/schema';
import type { Evidence, SignalField } from '@/lib/signals/vocabulary';

/** unknown is not missed: the page did not show the field, so the criterion is still open. */
export type CriterionStatus = 'matched' | 'missed' | 'unknown';

export interface CriterionResult {
  id: string;
  label: string;
  layer: Layer;
  field: SignalField;
  weight: number;
  mustHave: boolean;
  rationale: string;
  productFit?: string;
  status: CriterionStatus;
  /** What the ICP asks for, in words: "one of Software Development, Financial Services". */
  expected: string;
  /** The value read, in words; absent when unknown. */
  actual?: string;
  /** Where the value was read; empty when unknown. */
  evidence: Evidence[];
}

export interface DisqualifierResult {
  id: string;
  label: string;
  field: SignalField;
  reason: string;
  status: 'hit' | 'clear' | 'unknown';
  expected: string;
  actual?: string;
  evidence: Evidence[];
}

export interface TierView {
  id: string;
  label: string;
  badge: string;
  color: string;
}

/** Shown instead of any ICP tier when a disqualifier hits: a disqualifier beats any score. */
export const DISQUALIFIED_TIER: TierView = {
  id: 'disqualified',
  label: 'Disqualified',
  badge: 'DQ',
  color: '#111827',
};

export interface Fit {
  icpId: string;
  icpName: string;
  icpVersion: number;
  /** When RevOps last reviewed the ICP: an old one gets a reminder beside the score. */
  icpReviewedAt: string;
  /** round(100 × matched weight / total weight). */
  score: number;
  /** Share of the total weight the pages settled (matched or missed), 0..1 with 2 decimals. */
  coverage: number;
  /** The score if every unknown criterion turned out matched. */
  ceiling: number;
  tier: TierView;
  disqualified: boolean;
  /** Missed must-have criteria; while any is listed the account stays out of the top tier. */
  cappedByMustHave: string[];
  criteria: CriterionResult[];
  disqualifiers: DisqualifierResult[];
}
