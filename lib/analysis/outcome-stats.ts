import type { AnalysisAccount } from './analysis-account';

/** Outcomes of a group of accounts. Rates are exact fractions 0..1, rounded only for display. */
export interface OutcomeStats {
  accounts: number;
  customers: number;
  churned: number;
  lost: number;
  open: number;
  /** Customers plus churned: every deal that was won. */
  won: number;
  /** won / (won + lost); open deals are undecided and left out. Undefined with no decided deal. */
  winRate: number | undefined;
  /** churned / won; undefined with no won deal. */
  churnRate: number | undefined;
  /** The mean value of the won accounts that have a value; undefined when none has. */
  averageWonValue: number | undefined;
}

export function summarizeOutcomes(accounts: readonly AnalysisAccount[]): OutcomeStats {
  const count = (outcome: AnalysisAccount['outcome']) =>
    accounts.filter((account) => account.outcome === outcome).length;
  const customers = count('customer');
  const churned = count('churned');
  const lost = count('lost');
  const won = customers + churned;
  const wonValues = accounts
    .filter((account) => account.outcome === 'customer' || account.outcome === 'churned')
    .flatMap((account) =>
      account.value !== undefined && Number.isFinite(account.value) ? [account.value] : [],
    );
  return {
    accounts: accounts.length,
    customers,
    churned,
    lost,
    open: count('open'),
    won,
    winRate: won + lost === 0 ? undefined : won / (won + lost),
    churnRate: won === 0 ? undefined : churned / won,
    averageWonValue:
      wonValues.length === 0
        ? undefined
        : wonValues.reduce((sum, value) => sum + value, 0) / wonValues.length,
  };
}

/**
 * How many times `rate` is `other`: undefined when either is unknown or both are 0 (nothing to
 * compare); Infinity when only `other` is 0, which does separate, however few the deals.
 */
export function rateRatio(rate: number | undefined, other: number | undefined): number | undefined {
  if (rate === undefined || other === undefined) return undefined;
  if (other === 0) return rate === 0 ? undefined : Number.POSITIVE_INFINITY;
  return rate / other;
}
