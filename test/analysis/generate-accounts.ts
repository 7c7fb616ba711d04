import type { AnalysisAccount } from '@/lib/analysis/analysis-account';
import {
  COUNTRIES,
  GROUP_SIZES,
  type Group,
  INDUSTRIES,
  OUTCOMES,
  type Quota,
  REVENUES,
  SIZES,
  STAGES,
  TOOLS,
} from './planted-patterns';
import { seededRandom, shuffled } from './seeded-random';

/** Exactly `size` items in the quota's proportions (largest remainder), so noise has lift close to 1. */
function proportional<T>(size: number, quota: Quota<T>): T[] {
  const total = quota.reduce((sum, [, weight]) => sum + weight, 0);
  const exact = quota.map(([value, weight]) => ({ value, share: (size * weight) / total }));
  const counts = exact.map((entry) => Math.floor(entry.share));
  const byRemainder = exact.map((entry, index) => ({ index, rest: entry.share - Math.floor(entry.share) }));
  byRemainder.sort((a, b) => b.rest - a.rest || a.index - b.index);
  let missing = size - counts.reduce((sum, count) => sum + count, 0);
  for (const { index } of byRemainder) if (missing-- > 0) counts[index] = (counts[index] ?? 0) + 1;
  return exact.flatMap((entry, index) => Array<T>(counts[index] ?? 0).fill(entry.value));
}

function exactly<T>(quota: Quota<T>): T[] {
  return quota.flatMap(([value, count]) => Array<T>(count).fill(value));
}

function valueFor(group: Group, random: () => number): number | undefined {
  const between = (min: number, max: number) => Math.round(min + random() * (max - min));
  if (group === 'top') return between(100_000, 200_000);
  if (group === 'rest') return between(5_000, 95_000);
  if (group === 'churned') return between(5_000, 60_000);
  return group === 'lost' ? undefined : between(5_000, 50_000);
}

function groupAccounts(group: Group, random: () => number): Omit<AnalysisAccount, 'line'>[] {
  const size = GROUP_SIZES[group];
  const industries = shuffled(exactly(INDUSTRIES[group]), random);
  const sizes = shuffled(exactly(SIZES[group]), random);
  const countries = shuffled(proportional(size, COUNTRIES), random);
  const tools = shuffled(proportional(size, TOOLS), random);
  const stages = shuffled(proportional(size, STAGES), random);
  const revenues = shuffled(proportional(size, REVENUES), random);
  return Array.from({ length: size }, (_, index) => {
    const revenue = revenues[index];
    const value = valueFor(group, random);
    return {
      outcome: OUTCOMES[group],
      industry: industries[index],
      employeeRange: sizes[index],
      hqCountry: countries[index],
      technology: [...(tools[index] ?? [])],
      fundingStage: stages[index],
      revenueUsd: revenue ? Math.floor(revenue[0] + random() * (revenue[1] - revenue[0])) : undefined,
      closeDate: `2025-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-15`,
      ...(value === undefined ? {} : { value }),
    };
  });
}

/**
 * A CRM export with the patterns of planted-patterns.ts, reproducible from a seed: the planted
 * export, its groups shuffled together and numbered as file lines from 2 (line 1 is the header). */
export function generateAccounts(seed = 1): AnalysisAccount[] {
  const random = seededRandom(seed);
  const groups: Group[] = ['top', 'rest', 'churned', 'lost', 'open'];
  const all = shuffled(
    groups.flatMap((group) => groupAccounts(group, random)),
    random,
  );
  return all.map((account, index) => ({
    ...account,
    line: index + 2,
    name: `Company ${index + 1}`,
    domain: `company-${index + 1}.com`,
  }));
}
