interface Props {
  value: number;
  onChange(weight: number): void;
}

/**
 * A criterion's weight. An emptied input is passed on as NaN rather than ignored, so the checks
 * say "weight must be a number" beside it instead of silently keeping the old weight.
 */
export function WeightInput({ value, onChange }: Props) {
  return (
    <label>
      Weight{' '}
      <input
        type="number"
        min={0}
        step={1}
        size={4}
        data-testid="criterion-weight"
        value={Number.isFinite(value) ? value : ''}
        onInput={(event) => {
          const text = event.currentTarget.value.trim();
          onChange(text === '' ? Number.NaN : Number(text));
        }}
      />
    </label>
  );
}
