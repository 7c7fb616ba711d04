import type { FundingStage } from '@/lib/signals/funding-stage';

/**
 * Where an account stands in the CRM export. Won accounts are customers (still paying) and
 * churned ones (they were won, then left); lost deals were never won; open ones are undecided
 * and count in no rate.
 */
export type Outcome = 'customer' | 'churned' | 'lost' | 'open';

/** The value an analysis ranks customers by, as the CRM export holds it. */
export type ValueMetric = 'ltv' | 'acv' | 'revenue';

/**
 * One row of a CRM account export, normalized to Fitcheck's vocabulary so it can be compared
 * with what the extension reads on pages and scored by the same ICP. A field the row does not
 * give (or gives in a form that cannot be read) is left out, never guessed.
 */
export interface AnalysisAccount {
  /** The 1-based line of the file (the header is line 1), for messages. */
  line: number;
  name?: string;
  domain?: string;
  outcome: Outcome;
  /** LinkedIn's industry name when the text is one (or an alias of one), else the text as written. */
  industry?: string;
  employees?: number;
  /** The LinkedIn size band the headcount falls in ("201-500"). */
  employeeRange?: string;
  revenueUsd?: number;
  /** ISO 3166-1 alpha-2. */
  hqCountry?: string;
  technology: string[];
  fundingStage?: FundingStage;
  /** YYYY-MM-DD. */
  closeDate?: string;
  /** The chosen value metric (LTV, ACV or revenue) in dollars. */
  value?: number;
}
