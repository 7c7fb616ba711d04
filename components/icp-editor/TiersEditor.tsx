/*
 * Class names (styled elsewhere): ed-tiers, ed-tiers-table, ed-tier-row, ed-tier-input (with ed-tier-label,
 * ed-tier-badge, ed-tier-min-score or ed-tier-color), ed-tier-chip, ed-tier-remove, ed-tier-add, ed-tier-scale, ed-hint
 */
import type { InputHTMLAttributes } from 'preact';
import { useId } from 'preact/hooks';
import type { IcpIssue } from '@/lib/icp/parse-icp-file';
import type { Tier } from '@/lib/icp/schema';
import { FieldIssues } from './FieldIssues';
import { parseNumberInput } from './NumberField';

interface Props {
  tiers: readonly Tier[];
  issues: readonly IcpIssue[];
  onChange(index: number, patch: Partial<Tier>): void;
  onAdd(): void;
  onRemove(index: number): void;
}

/**
 * The tiers as a score scale, lowest first: "0–59 Poor fit · 60–79 Possible fit · 80–100 Strong fit".
 * Undefined while the starts repeat or leave 0–100: the scale would then say something false.
 */
export function describeTierScale(tiers: readonly Tier[]): string | undefined {
  const sorted = [...tiers].sort((a, b) => a.minScore - b.minScore);
  const starts = sorted.map((tier) => tier.minScore);
  const readable = starts.every((start) => Number.isInteger(start) && start >= 0 && start <= 100);
  if (starts[0] !== 0 || !readable || new Set(starts).size !== starts.length) return undefined;
  const range = (start: number, end: number) => (start === end ? `${start}` : `${start}–${end}`);
  return sorted
    .map((tier, at) => `${range(tier.minScore, (sorted[at + 1]?.minScore ?? 101) - 1)} ${tier.label}`)
    .join(' · ');
}

/** Issues of a tier that no input shows (its id, unknown keys), so they go beside its label. */
function otherIssues(issues: readonly IcpIssue[], at: string): IcpIssue[] {
  return issues.filter((issue) => !INPUTS.some(({ field }) => issue.path.startsWith(`${at}.${field}`)));
}

const BADGE_HINT = 'toolbar badge, 1–4 characters';

interface InputSpec {
  /** Every field but the id: the scorer and the history know a tier by it, so the editor keeps it. */
  field: Exclude<keyof Tier, 'id'>;
  name: string; // "min-score": the test id tier-min-score and the class ed-tier-min-score
  column: string;
  hint?: string;
  attrs: InputHTMLAttributes;
}

const INPUTS: readonly InputSpec[] = [
  { field: 'label', name: 'label', column: 'Label', attrs: { type: 'text' } },
  { field: 'badge', name: 'badge', column: 'Badge', hint: BADGE_HINT, attrs: { type: 'text', maxLength: 4 } },
  { field: 'minScore', name: 'min-score', column: 'Min score', attrs: { type: 'number', min: 0, max: 100 } },
  { field: 'color', name: 'color', column: 'Colour', attrs: { type: 'color' } },
];

/** None for an emptied score: it is "still typing", not a new start of 0, so the tier keeps its score. */
function patchFor(field: InputSpec['field'], text: string): Partial<Tier> | undefined {
  if (field !== 'minScore') return { [field]: text };
  const score = parseNumberInput(text);
  return score === undefined ? undefined : { minScore: score };
}

type RowProps = Props & { tier: Tier; index: number; hintId: string };

function TierRow({ tier, index, tiers, issues, hintId, onChange, onRemove }: RowProps) {
  const [at, tierName] = [`tiers[${index}]`, `Tier ${index + 1}`];
  return (
    <tr class="ed-tier-row" data-testid="tier-row" data-tier-id={tier.id}>
      {INPUTS.map(({ field, name, column, hint, attrs }) => (
        <td key={field}>
          <input
            {...attrs}
            class={`ed-tier-input ed-tier-${name}`}
            aria-label={`${tierName} ${column.toLowerCase()}`}
            aria-describedby={hint && `${hintId}-${field}`}
            value={tier[field]}
            data-testid={`tier-${name}`}
            onInput={(event) => {
              const patch = patchFor(field, event.currentTarget.value);
              if (patch) onChange(index, patch);
            }}
            onBlur={(event) => void (event.currentTarget.value = String(tier[field]))} // refills an emptied score
          />
          {field === 'color' && (
            <span class="ed-tier-chip" data-testid="tier-chip" style={{ backgroundColor: tier.color }}>
              {tier.badge}
            </span>
          )}
          {field === 'label' && <FieldIssues issues={otherIssues(issues, at)} path={at} />}
          <FieldIssues issues={issues} path={`${at}.${field}`} />
        </td>
      ))}
      <td>
        <button
          type="button"
          class="ed-tier-remove"
          aria-label={`Remove ${tierName}`}
          // An ICP needs at least one tier.
          disabled={tiers.length < 2}
          data-testid="tier-remove"
          onClick={() => onRemove(index)}
        >
          Remove
        </button>
      </td>
    </tr>
  );
}

/** The tiers of the draft ICP, one editable row each, and how they divide the 0–100 score. */
export function TiersEditor(props: Props) {
  const hintId = useId();
  const scale = describeTierScale(props.tiers);
  return (
    <div class="ed-tiers">
      <table class="ed-tiers-table">
        <thead>
          <tr>
            {INPUTS.map(({ field, column, hint }) => (
              <th key={field} scope="col">
                {column}{' '}
                <span id={`${hintId}-${field}`} class="ed-hint">
                  {hint}
                </span>
              </th>
            ))}
            <td />
          </tr>
        </thead>
        <tbody>
          {props.tiers.map((tier, index) => (
            <TierRow key={`${index}:${tier.id}`} {...props} tier={tier} index={index} hintId={hintId} />
          ))}
        </tbody>
      </table>
      <FieldIssues issues={props.issues} path="tiers" exact />
      <button type="button" class="ed-tier-add" data-testid="tier-add" onClick={props.onAdd}>
        Add tier
      </button>
      {scale && (
        <p class="ed-tier-scale" data-testid="tier-scale">
          {scale}
        </p>
      )}
    </div>
  );
}
