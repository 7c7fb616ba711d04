import type { CriterionResult } from '@/lib/scoring/fit';
import { settleHint } from '@/lib/scoring/settle-hints';
import { EvidenceNote } from './EvidenceNote';

const STATUS_ICONS = { matched: '✓', missed: '✗', unknown: '?' } as const;
const STATUS_WORDS = { matched: 'Matched', missed: 'Missed', unknown: 'Unknown' } as const;

export function CriterionRow({ criterion }: { criterion: CriterionResult }) {
  const { status } = criterion;
  return (
    <li
      class={`criterion criterion--${status}`}
      data-testid="criterion"
      data-criterion-id={criterion.id}
      data-status={status}
    >
      <span class="criterion__icon" role="img" aria-label={STATUS_WORDS[status]}>
        {STATUS_ICONS[status]}
      </span>
      <div class="criterion__body">
        <div class="criterion__head">
          <strong>{criterion.label}</strong>
          {criterion.mustHave && <span class="tag">must-have</span>}
          <span class="criterion__weight">{criterion.weight} pts</span>
        </div>
        <div class="criterion__expected">Wants {criterion.expected}</div>
        {status === 'unknown' ? (
          <div class="criterion__settle">Not on this page. {settleHint(criterion.field)}</div>
        ) : (
          <div class="criterion__actual">
            {STATUS_WORDS[status]}: {criterion.actual} <EvidenceNote evidence={criterion.evidence} />
          </div>
        )}
        <details class="criterion__why">
          <summary>Why it matters</summary>
          <p>{criterion.rationale}</p>
          {criterion.productFit && <p class="criterion__fit">How we fit: {criterion.productFit}</p>}
        </details>
      </div>
    </li>
  );
}
