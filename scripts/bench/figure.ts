/**
 * One measured figure of `npm run bench`: what was measured, its median and 95th percentile over
 * the samples, the baseline it is compared with (measured in the same run, on the same machine),
 * and the budget of issue 8 it is held to. Every suite returns these; run.ts prints and saves them.
 */
export type Unit = 'ms' | 'evaluations/s' | 'KB gzip' | 'MB';

export interface Budget {
  /** The median must not exceed this (ms, KB, MB). */
  max?: number;
  /** The median must reach at least this (a rate). */
  min?: number;
  /** The median must not exceed this many times the baseline's median. */
  maxRatio?: number;
}

export interface Figure {
  name: string;
  unit: Unit;
  median: number;
  p95: number;
  samples: number;
  baseline?: { name: string; median: number };
  /** median / baseline median, when there is a baseline. */
  ratio?: number;
  budget?: Budget;
}

export interface BenchEnv {
  /** The unpacked Chrome build with the benchmark marks (FITCHECK_BENCH=1) and every site granted. */
  extensionDir: string;
}

/** A suite: a group of figures measured together (one browser, one data set). */
export type Suite = (env: BenchEnv) => Promise<Figure[]>;

/** The value at quantile q (0..1) of sorted samples, nearest rank. */
function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export function figure(
  name: string,
  unit: Unit,
  samples: readonly number[],
  options: { baseline?: { name: string; samples: readonly number[] }; budget?: Budget } = {},
): Figure {
  const sorted = [...samples].sort((a, b) => a - b);
  const result: Figure = {
    name,
    unit,
    median: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    samples: sorted.length,
    budget: options.budget,
  };
  if (options.baseline) {
    const baselineMedian = quantile(
      [...options.baseline.samples].sort((a, b) => a - b),
      0.5,
    );
    result.baseline = { name: options.baseline.name, median: baselineMedian };
    result.ratio = baselineMedian > 0 ? result.median / baselineMedian : undefined;
  }
  return result;
}

/** Why a figure misses its budget, or undefined when it is within it (or has none). */
export function budgetMiss(result: Figure): string | undefined {
  const { budget, median, ratio } = result;
  if (!budget) return undefined;
  if (budget.max !== undefined && !(median <= budget.max)) return `over ${budget.max} ${result.unit}`;
  if (budget.min !== undefined && !(median >= budget.min)) return `under ${budget.min} ${result.unit}`;
  if (budget.maxRatio !== undefined && ratio !== undefined && !(ratio <= budget.maxRatio)) {
    return `over ${budget.maxRatio}x the baseline`;
  }
  return undefined;
}
