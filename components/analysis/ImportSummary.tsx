import type { AnalysisAccount } from '@/lib/analysis/analysis-account';
import type { ColumnProblem } from '@/lib/analysis/import/column-problems';
import type { SkippedRow } from '@/lib/analysis/import/read-accounts';
import { formatCount } from './analysis-format';

interface ImportSummaryProps {
  fileName: string;
  rowsRead: number;
  accounts: readonly AnalysisAccount[];
  skipped: readonly SkippedRow[];
  problems: readonly ColumnProblem[];
}

/** Skipped rows quoted: enough to recognize the pattern (a partner stage, a blank stage). */
const SKIPPED_EXAMPLES = 3;

/** What the import read: rows per outcome, rows skipped and why, and the cells that could not be read. */
export function ImportSummary({ fileName, rowsRead, accounts, skipped, problems }: ImportSummaryProps) {
  return (
    <div class="crm-summary">
      <p data-testid="crm-summary">{summarizeImport(rowsRead, accounts, skipped.length)}</p>
      <p class="muted">Read from {fileName} in this page; nothing of the file is stored or sent anywhere.</p>
      {skipped.length > 0 && (
        <p class="muted" data-testid="crm-skipped">
          Skipped, e.g.{' '}
          {skipped
            .slice(0, SKIPPED_EXAMPLES)
            .map(({ line, reason }) => `line ${line}: ${reason}`)
            .join('; ')}
        </p>
      )}
      {problems.length > 0 && (
        <ul class="crm-problems" data-testid="crm-problems">
          {problems.map((problem) => (
            <li key={`${problem.column}:${problem.role}`} data-role={problem.role}>
              {describeProblem(problem)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** "Annual Revenue: 37 values could not be read, e.g. line 12: 'ask finance'"; each distinct text quoted once. */
export function describeProblem({ column, unreadable, examples }: ColumnProblem): string {
  const distinct = examples.filter(
    (example, index) => examples.findIndex(({ text }) => text === example.text) === index,
  );
  const quoted = distinct.map(({ line, text }) => `line ${line}: '${text}'`).join(', ');
  return `${column}: ${formatCount(unreadable, 'value')} could not be read${quoted ? `, e.g. ${quoted}` : ''}`;
}

/** "12,400 rows: 1,204 customers, 310 churned, 2,050 lost, 8,836 open; 14 rows skipped". */
export function summarizeImport(
  rowsRead: number,
  accounts: readonly AnalysisAccount[],
  skipped: number,
): string {
  const count = (outcome: AnalysisAccount['outcome']) =>
    accounts.filter((account) => account.outcome === outcome).length;
  const customers = formatCount(count('customer'), 'customer');
  const others = (['churned', 'lost', 'open'] as const).map(
    (outcome) => `${count(outcome).toLocaleString('en-US')} ${outcome}`,
  );
  return `${formatCount(rowsRead, 'row')}: ${[customers, ...others].join(', ')}; ${formatCount(skipped, 'row')} skipped`;
}
