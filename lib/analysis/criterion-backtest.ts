import type { Fit } from '@/lib/scoring/fit';
import type { AnalysisAccount } from './analysis-account';
import { type OutcomeStats, rateRatio, summarizeOutcomes } from './outcome-stats';
import { formatShare, formatTimes } from './signal-wording';

/** A criterion whose matched accounts win less than this many times as often as missed ones does not separate. */
export const SEPARATING_CRITERION_RATIO = 1.2;
/** A criterion unknown for more than this share of the accounts is judged on too few to trust. */
export const MOSTLY_UNKNOWN_SHARE = 0.5;

export interface CriterionBacktest {
  id: string;
  label: string;
  matched: OutcomeStats;
  missed: OutcomeStats;
  /** Accounts whose record does not give the field: left out of both win rates. */
  unknown: number;
  /** matched.winRate / missed.winRate. */
  winRateRatio: number | undefined;
  separates: boolean;
  /** Why the criterion does not separate winners from losers; absent when it does. */
  problem?: string;
}

export interface ScoredAccount {
  account: AnalysisAccount;
  fit: Fit;
}

/** For each criterion of the ICP: do the accounts that match it win more often than those that miss it? */
export function backtestCriteria(scored: readonly ScoredAccount[]): CriterionBacktest[] {
  const criteria = scored[0]?.fit.criteria ?? [];
  return criteria.map(({ id, label }) => {
    const withStatus = (status: string) =>
      scored
        .filter((entry) => entry.fit.criteria.find((c) => c.id === id)?.status === status)
        .map((e) => e.account);
    const matched = summarizeOutcomes(withStatus('matched'));
    const missed = summarizeOutcomes(withStatus('missed'));
    const unknown = withStatus('unknown').length;
    const winRateRatio = rateRatio(matched.winRate, missed.winRate);
    const problem = separationProblem(matched, missed, unknown, scored.length, winRateRatio);
    return {
      id,
      label,
      matched,
      missed,
      unknown,
      winRateRatio,
      separates: problem === undefined,
      ...(problem ? { problem } : {}),
    };
  });
}

function separationProblem(
  matched: OutcomeStats,
  missed: OutcomeStats,
  unknown: number,
  total: number,
  ratio: number | undefined,
): string | undefined {
  const rates = `${formatShare(matched.winRate)} vs ${formatShare(missed.winRate)}`;
  if (unknown > MOSTLY_UNKNOWN_SHARE * total) {
    return `does not separate winners from losers: unknown for ${unknown} of ${total} accounts`;
  }
  if (ratio === undefined) {
    return 'does not separate winners from losers: no decided deal among the matched or the missed accounts';
  }
  if (ratio < 1) {
    return `does not separate winners from losers: matched accounts win less often than missed ones (${rates})`;
  }
  if (ratio < SEPARATING_CRITERION_RATIO) {
    return `does not separate winners from losers: matched accounts win ${formatTimes(ratio)} as often as missed ones (${rates}), less than ${SEPARATING_CRITERION_RATIO}×`;
  }
  return undefined;
}
