import type { AnalysisAccount } from './analysis-account';
import type { AnalysisAttribute } from './attributes';

/** How often each value of one attribute occurs in one group of accounts. */
export interface ValueTally {
  /** Accounts of the group that give the attribute at all: the denominator of every share. */
  covered: number;
  /** Accounts per value, keyed by the value in lower case. */
  counts: ReadonlyMap<string, number>;
}

/**
 * Values are compared ignoring case, as the ICP operators compare them, so "HubSpot" and "Hubspot"
 * are one value. `spellings` collects the first spelling met for each key, to show it.
 */
export function tallyValues(
  accounts: readonly AnalysisAccount[],
  attribute: AnalysisAttribute,
  spellings: Map<string, string>,
): ValueTally {
  const counts = new Map<string, number>();
  let covered = 0;
  for (const account of accounts) {
    const values = attribute.valuesOf(account);
    if (values.length > 0) covered += 1;
    for (const value of values) {
      const key = valueKey(value);
      if (!spellings.has(key)) spellings.set(key, value);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return { covered, counts };
}

export function valueKey(value: string): string {
  return value.trim().toLowerCase();
}
