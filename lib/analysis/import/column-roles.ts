import type { ValueMetric } from '@/lib/analysis/analysis-account';
import { isBlankCell } from './blank-cell';
import { HEADER_GUESSES, headerKey } from './header-guesses';
import { readOutcome } from './read-outcome';

/** What a column of a CRM export can hold, in the order columns are guessed. */
export const COLUMN_ROLES = [
  ...['name', 'domain', 'industry', 'employees', 'revenue', 'country', 'technologies', 'fundingStage'],
  ...['closeDate', 'outcome', 'churned', 'ltv', 'acv', 'mrr', 'amount'],
] as const;

export type ColumnRole = (typeof COLUMN_ROLES)[number];

/** The column (0-based index into the header) that plays each role; a role without one is absent. */
export type ColumnMapping = Partial<Record<ColumnRole, number>>;

/**
 * Where each metric's value may come from, the first mapped one winning. ARR is guessed as ACV (for
 * a yearly subscription they are the same number); MRR is its own role and is multiplied by 12 when
 * it stands in for ACV. Ranking by revenue takes the company's annual revenue, else a deal amount.
 */
export const VALUE_ROLES: Readonly<Record<ValueMetric, readonly ColumnRole[]>> = {
  ltv: ['ltv'],
  acv: ['acv', 'mrr'],
  revenue: ['revenue', 'amount'],
};

/** How a message names a role that no column plays. */
export const ROLE_LABELS: Readonly<Record<ColumnRole, string>> = {
  name: 'company name',
  domain: 'domain or website',
  industry: 'industry',
  employees: 'number of employees',
  revenue: 'annual revenue (or a deal amount)',
  country: 'country',
  technologies: 'technologies',
  fundingStage: 'funding stage',
  closeDate: 'close date',
  outcome: 'outcome (lifecycle stage, deal stage, account type, status or a churned yes/no column)',
  churned: 'churned (yes/no)',
  ltv: 'lifetime value (LTV)',
  acv: 'ACV (or ARR, or MRR)',
  mrr: 'MRR',
  amount: 'deal amount',
};

/** Cells a column must mostly hold to play a role whose header alone is too vague ("Type", "Status"). */
const CONTENT_CHECKS: Partial<Record<ColumnRole, (cell: string) => boolean>> = {
  outcome: (cell) => readOutcome(cell) !== undefined,
  churned: (cell) => readOutcome(cell, { churnFlag: true }) !== undefined,
};

/** The role the metric's value is read from: the first of VALUE_ROLES that the mapping has. */
export function valueRoleOf(mapping: ColumnMapping, metric: ValueMetric): ColumnRole | undefined {
  return VALUE_ROLES[metric].find((role) => mapping[role] !== undefined);
}

/** The roles an import cannot do without: an outcome, and a column for the chosen metric. */
export function missingRoles(mapping: ColumnMapping, metric: ValueMetric): ColumnRole[] {
  const missing: ColumnRole[] = [];
  if (mapping.outcome === undefined && mapping.churned === undefined) missing.push('outcome');
  const [preferred = 'revenue'] = VALUE_ROLES[metric];
  if (valueRoleOf(mapping, metric) === undefined) missing.push(preferred);
  return missing;
}

/**
 * Guesses each column's role from its header (HEADER_GUESSES: HubSpot, Salesforce and generic
 * names, any case and punctuation) and, for outcome columns, from sample cells: a Salesforce
 * opportunity "Type" column holding "New Business" is not an outcome. Each column plays one role;
 * among several candidates the better-ranked header wins, then the leftmost column.
 */
export function guessColumnRoles(headers: string[], sampleRows: string[][]): ColumnMapping {
  try {
    const keys = headers.map(headerKey);
    const mapping: ColumnMapping = {};
    const taken = new Set<number>();
    for (const role of COLUMN_ROLES) {
      const column = bestColumn(role, keys, taken, sampleRows);
      if (column === undefined) continue;
      mapping[role] = column;
      taken.add(column);
    }
    return mapping;
  } catch {
    return {};
  }
}

function bestColumn(
  role: ColumnRole,
  keys: readonly string[],
  taken: ReadonlySet<number>,
  sampleRows: readonly string[][],
): number | undefined {
  const names = HEADER_GUESSES[role];
  const candidates = keys
    .map((key, index) => ({ index, rank: names.indexOf(key) }))
    .filter(({ index, rank }) => rank >= 0 && !taken.has(index))
    .filter(({ index }) => contentFits(role, index, sampleRows))
    .sort((a, b) => a.rank - b.rank || a.index - b.index);
  return candidates[0]?.index;
}

function contentFits(role: ColumnRole, column: number, sampleRows: readonly string[][]): boolean {
  const fits = CONTENT_CHECKS[role];
  if (!fits) return true;
  const cells = sampleRows.map((row) => row[column] ?? '').filter((cell) => !isBlankCell(cell));
  // Without a sample, the header is all there is to go on.
  if (cells.length === 0) return true;
  return cells.filter(fits).length * 2 >= cells.length;
}
