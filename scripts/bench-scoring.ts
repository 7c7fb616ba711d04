import type { Criterion, Icp } from '../lib/icp/schema';
import { SAMPLE_ICP } from '../lib/icp/sample-icp';
import { score } from '../lib/scoring/score';
import { verdictOf } from '../lib/scoring/verdict';
import type { Signal } from '../lib/signals/vocabulary';

/**
 * Account x ICP evaluations per second in Node, for a 25-criterion ICP over accounts with the
 * signals a LinkedIn page, a website and Crunchbase give: `tsx scripts/bench-scoring.ts`.
 * Prints the median and the 95th percentile of seven one-second runs.
 */
const ACCOUNTS = 5_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const NOW = new Date('2026-11-23T12:00:00Z');

const base = { layer: 'firmographic', mustHave: false, rationale: 'Benchmark.' } as const;
const RULES: Omit<Criterion, 'id' | 'label' | 'weight' | 'layer' | 'mustHave' | 'rationale'>[] = [
  { field: 'industry', operator: 'in_list', value: ['Software Development', 'Financial Services', 'Retail'] },
  { field: 'employeeRange', operator: 'size_in_range', value: { min: 100, max: 3000 } },
  { field: 'hqCountry', operator: 'in_list', value: ['US', 'GB', 'CA', 'DE', 'FR'] },
  { field: 'technology', operator: 'includes_any', value: ['Salesforce', 'HubSpot', 'Marketo'] },
  { field: 'fundingStage', operator: 'in_list', value: ['series_b', 'series_c'] },
  { field: 'lastFundingDate', operator: 'within_days', value: 365 },
  { field: 'specialties', operator: 'keyword', value: ['revenue operations', 'AI', 'payments'] },
  { field: 'openRoles', operator: 'between', value: { min: 5 } },
  { field: 'hiringRole', operator: 'keyword', value: ['sales development', 'account executive'] },
  { field: 'companyType', operator: 'not_in_list', value: ['government', 'educational'] },
  { field: 'foundedYear', operator: 'between', value: { min: 2005 } },
  { field: 'compliance', operator: 'includes_any', value: ['soc2', 'iso27001'] },
  { field: 'pricingPage', operator: 'equals', value: true },
] as Criterion[];

/** 25 criteria: the rules above, cycled, each its own id and weight. */
const ICP: Icp = {
  ...SAMPLE_ICP,
  criteria: Array.from({ length: 25 }, (_, index) => ({
    ...base,
    ...(RULES[index % RULES.length] as Criterion),
    id: `criterion-${index}`,
    label: `Criterion ${index}`,
    weight: 1 + (index % 7),
  })) as Criterion[],
};

function signal(field: Signal['field'], value: unknown, n: number): Signal {
  return {
    field,
    value,
    evidence: {
      url: `https://company${n}.com/`,
      extractorId: 'company-website',
      seenAt: '2026-11-20T00:00:00Z',
      sourceText: String(value),
    },
  } as Signal;
}

function account(n: number): { signals: Signal[] } {
  const pick = <T>(list: readonly T[]) => list[n % list.length] as T;
  return {
    signals: [
      signal('name', `Company ${n}`, n),
      signal('domain', `company${n}.com`, n),
      signal('industry', pick(['Software Development', 'Financial Services', 'Retail', 'Manufacturing']), n),
      signal('employeeRange', pick(['11-50', '51-200', '201-500', '1001-5000']), n),
      signal('hqCountry', pick(['US', 'GB', 'DE', 'BR']), n),
      signal('technology', [pick(['Salesforce', 'HubSpot', 'Zendesk']), 'Google Analytics'], n),
      signal('fundingStage', pick(['seed', 'series_b', 'series_c']), n),
      signal('lastFundingDate', pick(['2026-06-12', '2024-01-03']), n),
      signal('specialties', ['Revenue Operations', 'Payments', 'Cloud ERP'], n),
      signal('openRoles', n % 20, n),
      signal('hiringRole', ['Sales Development Representative', 'Backend Engineer'], n),
      signal('companyType', 'private', n),
      signal('foundedYear', 1990 + (n % 35), n),
      signal('compliance', ['soc2'], n),
      signal('pricingPage', n % 2 === 0, n),
    ],
  };
}

const accounts = Array.from({ length: ACCOUNTS }, (_, n) => account(n));
const format = (rate: number) => Math.round(rate).toLocaleString('en-US');

/** Evaluations per second of `evaluate` over every account, median and p95 of the runs. */
function measure(name: string, evaluate: (each: { signals: Signal[] }) => unknown): void {
  const rates: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    let evaluations = 0;
    const started = performance.now();
    while (performance.now() - started < 1000) {
      for (const each of accounts) evaluate(each);
      evaluations += accounts.length;
    }
    rates.push(evaluations / ((performance.now() - started) / 1000));
  }
  rates.sort((a, b) => a - b);
  const median = rates[Math.floor(RUNS / 2)] ?? 0;
  const p95 = rates[Math.min(RUNS - 1, Math.ceil(RUNS * 0.95) - 1)] ?? 0;
  console.log(`${name.padEnd(36)} median ${format(median)}/s   p95 ${format(p95)}/s   budget 200,000/s`);
}

measure('full fit with explanations', (each) => score(each, ICP, NOW));
measure('verdict (re-scoring, preview)', (each) => verdictOf(each, ICP, NOW));
