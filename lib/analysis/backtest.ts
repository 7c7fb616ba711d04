import type { Icp } from '@/lib/icp/schema';
import { DISQUALIFIED_TIER } from '@/lib/scoring/fit';
import { score } from '@/lib/scoring/score';
import type { AnalysisAccount } from './analysis-account';
import { backtestCriteria, type CriterionBacktest, type ScoredAccount } from './criterion-backtest';
import { type OutcomeStats, rateRatio, summarizeOutcomes } from './outcome-stats';
import { formatShare, formatTimes } from './signal-wording';
import { analysisSignals } from './to-signals';

/** ICP accounts must win at least this many times as often as the others for the ICP to separate winners. */
export const SEPARATING_WIN_RATIO = 2;

export interface TierBacktest extends OutcomeStats {
  id: string;
  label: string;
}

export interface BacktestReport {
  /** The tier with the highest minScore: its accounts are the ICP accounts. */
  icpTier: { id: string; label: string };
  /** Highest tier first, Disqualified last. */
  tiers: TierBacktest[];
  icp: OutcomeStats;
  /** Every other account: lower tiers, accounts a missed must-have kept out of the top tier, and disqualified ones. */
  nonIcp: OutcomeStats;
  /** icp.winRate / nonIcp.winRate. */
  winRateRatio: number | undefined;
  separates: boolean;
  verdict: string;
  criteria: CriterionBacktest[];
}

/**
 * Scores every account of the export with the ICP (as the extension would, from the record's
 * signals) and compares the outcomes: do the accounts the ICP ranks highest win more often? `now`
 * is passed to score() for within_days criteria.
 */
export function backtestIcp(accounts: readonly AnalysisAccount[], icp: Icp, now: Date): BacktestReport {
  const scored: ScoredAccount[] = accounts.map((account) => ({
    account,
    fit: score({ signals: analysisSignals(account, 'crm-export') }, icp, now),
  }));
  const highestFirst = [...icp.tiers].sort((a, b) => b.minScore - a.minScore);
  const top = highestFirst[0];
  if (!top) throw new Error('An ICP needs at least one tier');
  const inTier = (id: string) =>
    scored.filter((entry) => entry.fit.tier.id === id).map((entry) => entry.account);
  const tiers = [...highestFirst, DISQUALIFIED_TIER].map(({ id, label }) => ({
    id,
    label,
    ...summarizeOutcomes(inTier(id)),
  }));
  const icpStats = summarizeOutcomes(inTier(top.id));
  const nonIcp = summarizeOutcomes(
    scored.filter((entry) => entry.fit.tier.id !== top.id).map((entry) => entry.account),
  );
  const winRateRatio = rateRatio(icpStats.winRate, nonIcp.winRate);
  return {
    icpTier: { id: top.id, label: top.label },
    tiers,
    icp: icpStats,
    nonIcp,
    winRateRatio,
    separates: winRateRatio !== undefined && winRateRatio >= SEPARATING_WIN_RATIO,
    verdict: judgeSeparation(icpStats, nonIcp, winRateRatio),
    criteria: backtestCriteria(scored),
  };
}

function judgeSeparation(icp: OutcomeStats, nonIcp: OutcomeStats, ratio: number | undefined): string {
  const rates = `${formatShare(icp.winRate)} vs ${formatShare(nonIcp.winRate)}`;
  if (ratio === undefined) {
    return `Cannot compare win rates (${rates}): the ICP or the other accounts have no decided deal.`;
  }
  if (ratio >= SEPARATING_WIN_RATIO) {
    return `ICP accounts win ${formatTimes(ratio)} as often as the others (${rates}): the ICP separates winners.`;
  }
  return `ICP accounts win ${formatTimes(ratio)} as often as the others (${rates}), less than ${SEPARATING_WIN_RATIO}×: the ICP does not separate winners from losers.`;
}
