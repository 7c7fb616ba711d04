import type { SelectedSignal } from '@/lib/analysis/chosen-signals';
import { type LiftReport, type LiftRow, POSITIVE_LIFT } from '@/lib/analysis/lift-report';
import { valueKey } from '@/lib/analysis/value-tally';

export type SignalKind = SelectedSignal['kind'];

export function signalOf(row: LiftRow, kind: SignalKind): SelectedSignal {
  return { attribute: row.attribute, value: row.value, kind };
}

/** Values compare ignoring case, as the lift report tallies them. */
function sameSignal(a: SelectedSignal, b: SelectedSignal): boolean {
  return a.kind === b.kind && a.attribute === b.attribute && valueKey(a.value) === valueKey(b.value);
}

export function isSelected(selected: readonly SelectedSignal[], signal: SelectedSignal): boolean {
  return selected.some((chosen) => sameSignal(chosen, signal));
}

export function withSignal(
  selected: readonly SelectedSignal[],
  signal: SelectedSignal,
  checked: boolean,
): SelectedSignal[] {
  const others = selected.filter((chosen) => !sameSignal(chosen, signal));
  return checked ? [...others, signal] : others;
}

/**
 * The signals a first draft starts from: values the best customers share (lift ≥ 1.5) in a top
 * group large enough to trust, on attributes a criterion can test. A small churned group does not
 * hold a positive signal back: it says nothing about the best customers. Churn signals are left
 * for the user to choose, since a disqualifier beats any score.
 */
export function preselectedSignals(report: LiftReport): SelectedSignal[] {
  return report.rows
    .filter(
      (row) =>
        row.positive &&
        row.field !== undefined &&
        (row.lift ?? 0) >= POSITIVE_LIFT &&
        !row.smallSample.includes('top'),
    )
    .map((row) => signalOf(row, 'positive'));
}
