interface Props {
  label: string;
  value: number | undefined;
  onChange(value: number | undefined): void;
  testId: string;
  min?: number;
  step?: number;
}

/** Empty or unreadable text is "no number": Number('') is 0, which would silently set a bound. */
export function parseNumberInput(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const number = Number(trimmed);
  return Number.isFinite(number) ? number : undefined;
}

/** A labelled number input that speaks numbers: `undefined` when empty, never NaN. */
export function NumberField({ label, value, onChange, testId, min, step }: Props) {
  return (
    <label class="ve-number">
      <span>{label}</span>
      <input
        type="number"
        inputMode="numeric"
        value={value ?? ''}
        min={min}
        step={step}
        data-testid={testId}
        onInput={(event) => onChange(parseNumberInput(event.currentTarget.value))}
      />
    </label>
  );
}
