import { describe, expect, it } from 'vitest';
import type { AnalysisAccount, ValueMetric } from '@/lib/analysis/analysis-account';
import type { ColumnProblem } from '@/lib/analysis/import/column-problems';
import { readAnalysisAccounts } from '@/lib/analysis/import/read-accounts';
import { guessColumnRoles } from '@/lib/analysis/import/column-roles';
import { importCrmExport } from '@/lib/analysis/import/stream-import';
import { readCsvTable } from '@/lib/suppression/csv-table';
import { SKIP } from './export-pools';
import { type CrmStyle, type ExpectedRow, generateExport, type GeneratedExport } from './generate-export';

const METRIC: Record<CrmStyle, ValueMetric> = { hubspot: 'ltv', salesforce: 'acv', european: 'ltv' };

function expectedAccount({ outcome, unreadable: _unreadable, ...fields }: ExpectedRow): AnalysisAccount {
  if (outcome === SKIP) throw new Error('a skipped row has no account');
  const defined = Object.entries(fields).filter(([, value]) => value !== undefined);
  return { ...Object.fromEntries(defined), outcome } as AnalysisAccount;
}

/** Unreadable cells per role among the rows that are read (a skipped row's cells are never looked at). */
function expectedProblemCounts(rows: ExpectedRow[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const row of rows.filter(({ outcome }) => outcome !== SKIP)) {
    for (const role of row.unreadable) counts[role] = (counts[role] ?? 0) + 1;
  }
  return counts;
}

function problemCounts(problems: ColumnProblem[]): Record<string, number> {
  return Object.fromEntries(problems.map(({ role, unreadable }) => [role, unreadable]));
}

function checkAgainstGenerated(
  generated: GeneratedExport,
  read: { accounts: AnalysisAccount[]; skipped: { line: number }[]; problems: ColumnProblem[] },
) {
  const kept = generated.rows.filter(({ outcome }) => outcome !== SKIP);
  expect(read.accounts).toEqual(kept.map(expectedAccount));
  expect(read.skipped.map(({ line }) => line)).toEqual(
    generated.rows.filter(({ outcome }) => outcome === SKIP).map(({ line }) => line),
  );
  expect(problemCounts(read.problems)).toEqual(expectedProblemCounts(generated.rows));
  for (const problem of read.problems) {
    const lines = kept.filter((row) => row.unreadable.includes(problem.role)).map(({ line }) => line);
    expect(problem.examples.map(({ line }) => line)).toEqual(lines.slice(0, 3));
  }
}

describe.each(['hubspot', 'salesforce', 'european'] as const)('a generated %s export', (style) => {
  const generated = generateExport(style, 2500, style.length);

  it('is large and noisy enough to mean something', () => {
    expect(generated.rows).toHaveLength(2500);
    const counts = expectedProblemCounts(generated.rows);
    for (const role of ['domain', 'employees', 'revenue', 'country', 'fundingStage', 'closeDate']) {
      expect(counts[role]).toBeGreaterThan(10);
    }
    expect(generated.rows.filter(({ outcome }) => outcome === SKIP).length).toBeGreaterThan(50);
  });

  it('is read in full by the table reader with the guessed columns', () => {
    const table = readCsvTable(generated.csv);
    if (!table.ok) throw new Error(table.error);
    const mapping = guessColumnRoles(table.headers, table.rows.slice(0, 200));
    checkAgainstGenerated(generated, readAnalysisAccounts(table, mapping, METRIC[style]));
  });

  it('is imported by the streaming import to the same accounts', async () => {
    const result = await importCrmExport(generated.csv, { metric: METRIC[style] });
    if (!result.ok) throw new Error(result.error);
    expect(result.rowsRead).toBe(2500);
    expect(result.headers).toEqual(generated.headers);
    checkAgainstGenerated(generated, result);
  });
});
