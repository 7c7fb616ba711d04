import { NumberField } from './NumberField';

interface Props {
  /** undefined when the stored value is not a day count: the input starts empty. */
  value: number | undefined;
  onChange(days: number): void;
}

/** The periods RevOps leads ask for most: a funding round or leadership change is "recent" within these. */
const PRESETS = [
  { days: 90, label: '90 days' },
  { days: 180, label: '180 days' },
  { days: 365, label: '1 year' },
  { days: 730, label: '2 years' },
] as const;

/** within_days: a number of days, typed or picked from the presets. */
export function DaysEditor({ value, onChange }: Props) {
  return (
    <div class="ve-days">
      <NumberField
        label="Within the last (days)"
        value={value}
        testId="days"
        min={1}
        step={1}
        onChange={(days) => {
          // An emptied input is half-typed, not a request for zero days.
          if (days !== undefined) onChange(days);
        }}
      />
      <div class="ve-presets" role="group" aria-label="Common periods">
        {PRESETS.map(({ days, label }) => (
          <button
            key={days}
            type="button"
            class="ve-preset"
            data-testid="days-preset"
            data-days={days}
            aria-pressed={value === days}
            onClick={() => onChange(days)}
          >
            {label}
          </button>
        ))}
      </div>
    </div>
  );
}
