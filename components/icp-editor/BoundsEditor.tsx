import { NumberField } from './NumberField';

export interface Bounds {
  min?: number;
  max?: number;
}

interface Props {
  value: Bounds;
  onChange(value: Bounds): void;
}

/** between: an empty side is no limit, so it is left out rather than stored as 0. */
export function BoundsEditor({ value, onChange }: Props) {
  const emit = (min: number | undefined, max: number | undefined) =>
    onChange({ ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) });
  return (
    <div class="ve-bounds">
      <NumberField
        label="At least"
        value={value.min}
        testId="bound-min"
        onChange={(min) => emit(min, value.max)}
      />
      <NumberField
        label="At most"
        value={value.max}
        testId="bound-max"
        onChange={(max) => emit(value.min, max)}
      />
      <p class="ve-note">Leave a side empty for no limit.</p>
    </div>
  );
}
