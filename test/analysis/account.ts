import type { AnalysisAccount } from '@/lib/analysis/analysis-account';

/** A hand-built record: only what a test sets, with technology empty unless given. */
export function account(line: number, fields: Partial<AnalysisAccount> = {}): AnalysisAccount {
  return { line, outcome: 'customer', technology: [], ...fields };
}
