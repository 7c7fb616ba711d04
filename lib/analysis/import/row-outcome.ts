import type { Outcome } from '@/lib/analysis/analysis-account';
import { isBlankCell } from './blank-cell';
import type { ColumnMapping } from './column-roles';
import { readOutcome } from './read-outcome';

export type RowOutcome = { outcome: Outcome } | { reason: string };

const KNOWN = 'customer, churned, lost or open';

/**
 * The row's outcome from its outcome column and its churn flag column, either of which may be
 * absent. A churn flag saying yes turns a customer (or a row whose stage is empty) into a churned
 * one; it does not override a lost or open stage, where it contradicts the stage. A flag saying no
 * stands for a customer only when there is no stage to ask.
 */
export function readRowOutcome(
  cells: readonly string[],
  headers: readonly string[],
  mapping: ColumnMapping,
): RowOutcome {
  const stageCell = cellAt(cells, mapping.outcome);
  const flagCell = cellAt(cells, mapping.churned);
  const stage = stageCell === undefined ? undefined : readOutcome(stageCell);
  const flag = flagCell === undefined ? undefined : readOutcome(flagCell, { churnFlag: true });
  const outcome = combineOutcomes(stage, flag);
  if (outcome) return { outcome };
  return { reason: noOutcomeReason(headers, mapping, stageCell, flagCell) };
}

function combineOutcomes(stage: Outcome | undefined, flag: Outcome | undefined): Outcome | undefined {
  if (stage === 'lost' || stage === 'open') return stage;
  return flag === 'churned' ? flag : (stage ?? flag);
}

/** The cell's text, or undefined when the column is not mapped or the cell is blank. */
function cellAt(cells: readonly string[], column: number | undefined): string | undefined {
  if (column === undefined) return undefined;
  const cell = cells[column] ?? '';
  return isBlankCell(cell) ? undefined : cell.trim();
}

function noOutcomeReason(
  headers: readonly string[],
  mapping: ColumnMapping,
  stageCell: string | undefined,
  flagCell: string | undefined,
): string {
  const name = (column: number | undefined) => (column === undefined ? '' : (headers[column] ?? ''));
  const unread = stageCell === undefined ? undefined : { text: stageCell, column: name(mapping.outcome) };
  const flagUnread = flagCell === undefined ? undefined : { text: flagCell, column: name(mapping.churned) };
  const shown = unread ?? flagUnread;
  if (shown)
    return `"${shown.text.slice(0, 80)}" in ${shown.column} is not an outcome Fitcheck knows (${KNOWN})`;
  const columns = [mapping.outcome, mapping.churned].filter((column) => column !== undefined).map(name);
  return `no outcome: ${columns.join(' and ')} ${columns.length > 1 ? 'are' : 'is'} empty`;
}
