import type { AnalysisAccount, ValueMetric } from '@/lib/analysis/analysis-account';
import type { CsvTable } from '@/lib/suppression/csv-table';
import { isBlankCell } from './blank-cell';
import { type ColumnProblem, createProblemTally, type ProblemTally } from './column-problems';
import { type ColumnMapping, type ColumnRole, valueRoleOf } from './column-roles';
import { CELL_READERS, type CellReader } from './read-cells';
import { readUsdAmount } from './read-amount';
import { readRowOutcome } from './row-outcome';

export interface ReadAccountsOptions {
  /** Unreadable cells quoted per column problem; 3 unless told. */
  maxExamples?: number;
}

export interface SkippedRow {
  line: number;
  reason: string;
}

export interface AccountsRead {
  accounts: AnalysisAccount[];
  skipped: SkippedRow[];
  problems: ColumnProblem[];
}

/** Reads rows one at a time, so a streamed file never needs its rows held as text. */
export interface AccountReader {
  readRow(cells: readonly string[], line: number): void;
  result(): AccountsRead;
}

/** A month of recurring revenue is a twelfth of a year's contract value. */
const MONTHS_PER_YEAR = 12;

/**
 * Every row of the table as an AnalysisAccount. A row without a readable outcome is skipped with
 * the reason; a cell that cannot be read is left out of its account and counted in `problems`, so
 * one bad revenue figure costs that figure, not the customer.
 */
export function readAnalysisAccounts(
  table: Pick<CsvTable, 'headers' | 'rows' | 'lineNumbers'>,
  mapping: ColumnMapping,
  metric: ValueMetric,
  options: ReadAccountsOptions = {},
): AccountsRead {
  const reader = createAccountReader(table.headers, mapping, metric, options);
  table.rows.forEach((row, index) => reader.readRow(row, table.lineNumbers[index] ?? index + 2));
  return reader.result();
}

export function createAccountReader(
  headers: readonly string[],
  mapping: ColumnMapping,
  metric: ValueMetric,
  options: ReadAccountsOptions = {},
): AccountReader {
  const accounts: AnalysisAccount[] = [];
  const skipped: SkippedRow[] = [];
  const problems = createProblemTally(headers, options.maxExamples ?? 3);
  const valueRole = valueRoleOf(mapping, metric);
  return {
    readRow(cells, line) {
      try {
        const read = readRowOutcome(cells, headers, mapping);
        if ('reason' in read) skipped.push({ line, reason: read.reason });
        else accounts.push(readAccount(cells, line, read.outcome, { mapping, valueRole, problems }));
      } catch (error) {
        // Never expected; one row that breaks a reader must not break the import.
        skipped.push({ line, reason: `the row could not be read (${String(error)})` });
      }
    },
    result: () => ({ accounts, skipped, problems: problems.list() }),
  };
}

interface RowContext {
  mapping: ColumnMapping;
  valueRole: ColumnRole | undefined;
  problems: ProblemTally;
}

function readAccount(
  cells: readonly string[],
  line: number,
  outcome: AnalysisAccount['outcome'],
  { mapping, valueRole, problems }: RowContext,
): AnalysisAccount {
  const account: AnalysisAccount = { line, outcome, technology: [] };
  for (const [role, reader] of Object.entries(CELL_READERS) as [ColumnRole, CellReader][]) {
    const column = mapping[role];
    const cell = column === undefined ? '' : (cells[column] ?? '');
    if (column === undefined || isBlankCell(cell)) continue;
    const fields = reader(cell);
    if (fields) Object.assign(account, fields);
    else problems.count(role, column, line, cell);
  }
  const value = readValue(cells, line, account, { mapping, valueRole, problems });
  if (value !== undefined) account.value = value;
  return account;
}

/** The metric's value: the revenue already read, or the value column (MRR times twelve). */
function readValue(
  cells: readonly string[],
  line: number,
  account: AnalysisAccount,
  { mapping, valueRole, problems }: RowContext,
): number | undefined {
  if (valueRole === 'revenue') return account.revenueUsd;
  const column = valueRole === undefined ? undefined : mapping[valueRole];
  if (valueRole === undefined || column === undefined) return undefined;
  const cell = cells[column] ?? '';
  if (isBlankCell(cell)) return undefined;
  const amount = readUsdAmount(cell);
  if (amount === undefined) problems.count(valueRole, column, line, cell);
  return amount !== undefined && valueRole === 'mrr' ? amount * MONTHS_PER_YEAR : amount;
}
