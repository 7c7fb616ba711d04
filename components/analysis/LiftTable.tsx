import { useState } from 'preact/hooks';
import type { SelectedSignal } from '@/lib/analysis/chosen-signals';
import { type LiftReport, type LiftRow, NEGATIVE_LIFT, POSITIVE_LIFT } from '@/lib/analysis/lift-report';
import { topGroupLabel } from '@/lib/analysis/signal-wording';
import { isSelected, type SignalKind, signalOf } from './lift-selection';
import { LiftRowView } from './LiftRowView';

interface LiftTableProps {
  report: LiftReport;
  selected: readonly SelectedSignal[];
  onToggle(signal: SelectedSignal, checked: boolean): void;
}

/**
 * The lift report as two tables: values over-represented among the best customers (criteria to
 * be) and among churned customers (disqualifiers to be), each row with a checkbox for the draft.
 * "Show every value" lists the values under the threshold too, so a user can see what was ruled out.
 */
export function LiftTable({ report, selected, onToggle }: LiftTableProps) {
  const [showAll, setShowAll] = useState(false);
  const byChurnLift = (a: LiftRow, b: LiftRow) =>
    (b.churnLift ?? Number.NEGATIVE_INFINITY) - (a.churnLift ?? Number.NEGATIVE_INFINITY);
  const positive = showAll ? report.rows : report.rows.filter((row) => row.positive);
  const negative = (showAll ? [...report.rows] : report.rows.filter((row) => row.negative)).sort(byChurnLift);
  const topName = topGroupLabel(report.topShare).toLowerCase();
  const shared = { minCount: report.minCount, selected, onToggle };
  return (
    <div class="lift">
      <label class="lift-show-all">
        <input
          type="checkbox"
          data-testid="lift-show-all"
          checked={showAll}
          onChange={(event) => setShowAll(event.currentTarget.checked)}
        />{' '}
        Show every value, not only the signals
      </label>
      <LiftSignalTable
        {...shared}
        kind="positive"
        title="Over-represented among your best customers"
        groupName={topName}
        groupHeader={topName.replace(/-/g, ' ').replace(/ customers$/, '')}
        threshold={POSITIVE_LIFT}
        rows={positive}
      />
      <LiftSignalTable
        {...shared}
        kind="negative"
        title="Over-represented among churned customers"
        groupName="churned customers"
        groupHeader="churned"
        threshold={NEGATIVE_LIFT}
        rows={negative}
      />
    </div>
  );
}

interface LiftSignalTableProps {
  kind: SignalKind;
  title: string;
  groupName: string;
  groupHeader: string;
  threshold: number;
  rows: readonly LiftRow[];
  minCount: number;
  selected: readonly SelectedSignal[];
  onToggle(signal: SelectedSignal, checked: boolean): void;
}

function LiftSignalTable(props: LiftSignalTableProps) {
  const { kind, title, groupName, groupHeader, threshold, rows, minCount, selected, onToggle } = props;
  const what = kind === 'positive' ? 'a criterion' : 'a disqualifier';
  return (
    <div class={`lift-table lift-table--${kind}`} data-testid="lift-table" data-kind={kind}>
      <h4>{title}</h4>
      {rows.length === 0 ? (
        <p class="muted" data-testid="lift-none">
          No value is {threshold}× or more as common among {groupName} as in the customer base.
        </p>
      ) : (
        <>
          <p class="muted">
            Lift: how many times as common the value is among {groupName} as in the whole customer base;{' '}
            {threshold}× or more is a signal. A checked row becomes {what} of the draft.
          </p>
          <table class="icp__table lift-rows">
            <thead>
              <tr>
                <th>Use</th>
                <th>Attribute</th>
                <th>Value</th>
                <th>In {groupHeader}</th>
                <th>In the base</th>
                <th>Lift</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const signal = signalOf(row, kind);
                return (
                  <LiftRowView
                    key={`${row.attribute}:${row.value}`}
                    row={row}
                    kind={kind}
                    groupName={groupName}
                    minCount={minCount}
                    checked={isSelected(selected, signal)}
                    onToggle={(checked) => onToggle(signal, checked)}
                  />
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
