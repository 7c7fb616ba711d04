import type { GroupShare, LiftRow } from '@/lib/analysis/lift-report';
import { SMALL_GROUP } from '@/lib/analysis/lift-report';
import { formatShare, formatTimes } from '@/lib/analysis/signal-wording';
import type { SignalKind } from './lift-selection';
import { ShareBar } from './ShareBar';

/** A lift this high fills the bar; higher ones are rare, and would squash every other bar to a sliver. */
export const BAR_FULL_LIFT = 4;

const NO_CRITERION =
  'Analysed only: no page Fitcheck reads shows a company’s revenue, so no ICP criterion could test it.';

interface LiftRowViewProps {
  row: LiftRow;
  kind: SignalKind;
  /** "top-quartile customers" or "churned customers": the group compared with the base. */
  groupName: string;
  minCount: number;
  checked: boolean;
  onToggle(checked: boolean): void;
}

/** One value of the lift report: its counts in the group and in the base, its lift as a number and a bar. */
export function LiftRowView({ row, kind, groupName, minCount, checked, onToggle }: LiftRowViewProps) {
  const group = kind === 'positive' ? row.top : row.churned;
  const lift = kind === 'positive' ? row.lift : row.churnLift;
  const small = row.smallSample.includes(kind === 'positive' ? 'top' : 'churned');
  const usable = row.field !== undefined;
  return (
    <tr
      class={checked ? 'lift-row lift-row--selected' : 'lift-row'}
      data-testid="lift-row"
      data-attribute={row.attribute}
      data-value={row.value}
      data-kind={kind}
    >
      <td title={usable ? undefined : NO_CRITERION}>
        <input
          type="checkbox"
          data-testid="lift-select"
          aria-label={`Use ${row.attributeLabel} ${row.value} in the draft`}
          checked={usable && checked}
          disabled={!usable}
          onChange={(event) => onToggle(event.currentTarget.checked)}
        />
        {!usable && <span class="muted lift-no-criterion"> not a criterion</span>}
      </td>
      <td>{row.attributeLabel}</td>
      <td>{row.value}</td>
      <td class="lift-num">{shareText(group)}</td>
      <td class="lift-num">{shareText(row.base)}</td>
      <td class="lift-lift">
        <span class="lift-times">{formatTimes(lift)}</span>{' '}
        <ShareBar fraction={lift === undefined ? undefined : lift / BAR_FULL_LIFT} />
      </td>
      <td>
        {small && (
          <span
            class="lift-small"
            data-testid="lift-small"
            title={smallSampleNote(group, groupName, minCount)}
          >
            ⚠ small sample
          </span>
        )}
      </td>
    </tr>
  );
}

/** "20 of 50 (40%)": the count shows how much the share rests on. */
function shareText(share: GroupShare): string {
  return `${share.count} of ${share.of} (${formatShare(share.share)})`;
}

function smallSampleNote(group: GroupShare, groupName: string, minCount: number): string {
  return (
    `Only ${group.count} of ${group.of} ${groupName} (that give this attribute) have this value. ` +
    `A share is trusted from ${minCount} accounts with the value among at least ${SMALL_GROUP} giving ` +
    'the attribute; below that the lift may be chance.'
  );
}
