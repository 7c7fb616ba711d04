import type { AnalysisAccount } from './analysis-account';

export interface TopCustomers {
  /** Current customers with a value: the accounts ranked. */
  ranked: number;
  /** The best of them, highest value first. */
  top: AnalysisAccount[];
  /** The lowest value that made the cut; undefined when no customer has a value. */
  threshold: number | undefined;
}

/**
 * The best customers: current customers (outcome customer, not churned: a churned account's value
 * stopped growing when it left) ranked by value, highest first, and the first ceil(topShare × n)
 * of them. Equal values are ordered by line, the earlier line first, so the same file always gives
 * the same cut. Rounding up keeps at least one best customer whenever one has a value.
 */
export function pickTopCustomers(accounts: readonly AnalysisAccount[], topShare: number): TopCustomers {
  const ranked = accounts
    .filter((account) => account.outcome === 'customer' && isUsableValue(account.value))
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0) || a.line - b.line);
  // The small epsilon keeps 0.1 × 30 = 3.0000000000000004 from rounding up to 4.
  const size = Math.ceil(topShare * ranked.length - 1e-9);
  const top = ranked.slice(0, size);
  return { ranked: ranked.length, top, threshold: top.at(-1)?.value };
}

function isUsableValue(value: number | undefined): value is number {
  return value !== undefined && Number.isFinite(value);
}
