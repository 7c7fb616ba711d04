import { bandFitsRange, type SizeMatch, type SizeRange } from '@/lib/icp/size-band';
import { type EmployeeBand, LINKEDIN_SIZE_BANDS } from '@/lib/signals/employee-range';
import { NumberField } from './NumberField';

interface Props {
  /** undefined: no range yet (a new criterion, or a value of another shape); nothing is checked. */
  value: SizeRange | undefined;
  onChange(value: SizeRange): void;
}

const count = new Intl.NumberFormat('en-US');
const INFINITE = Number.POSITIVE_INFINITY;

const spanText = (min: number, max: number | undefined): string =>
  max === undefined || max === INFINITE
    ? `${count.format(min)}+`
    : `${count.format(min)}–${count.format(max)}`;

function sizeRange(min: number, max: number | undefined, match: SizeMatch | undefined): SizeRange {
  return { min, ...(max === undefined ? {} : { max }), ...(match === undefined ? {} : { match }) };
}

/** A criterion holds one range, so the bands' span includes any band between two checked ones. */
export function rangeOfBands(bands: readonly EmployeeBand[], match?: SizeMatch): SizeRange | undefined {
  if (bands.length === 0) return undefined;
  const min = Math.min(...bands.map((band) => band.min));
  const open = bands.some((band) => band.max === undefined);
  return sizeRange(min, open ? undefined : Math.max(...bands.map((band) => band.max ?? 0)), match);
}

const headcountOf = (band: EmployeeBand) => ({ min: band.min, max: band.max ?? INFINITE });

/** The part of a band the range covers, when it is not the whole band (overlap of "100–3,000" and "51–200"). */
function coveredPart(band: EmployeeBand, range: SizeRange): string | undefined {
  const min = Math.max(band.min, range.min);
  const max = Math.min(band.max ?? INFINITE, range.max ?? INFINITE);
  return min === band.min && max === (band.max ?? INFINITE) ? undefined : spanText(min, max);
}

/**
 * size_in_range as LinkedIn's size bands. A band is checked when the range would match it, so the
 * boxes always show what the criterion really does, including a range typed by hand.
 */
export function SizeBandEditor({ value, onChange }: Props) {
  const checked = LINKEDIN_SIZE_BANDS.filter((band) => value && bandFitsRange(headcountOf(band), value));

  const toggle = (band: EmployeeBand, box: HTMLInputElement) => {
    const next = box.checked ? [...checked, band] : checked.filter((other) => other !== band);
    const range = rangeOfBands(next, value?.match);
    // A range of no band is no criterion: the last band stays checked.
    if (range) onChange(range);
    else box.checked = true;
  };

  return (
    <fieldset class="ve-bands">
      <legend>Company size</legend>
      <p class="ve-span" data-testid="size-span">
        {value
          ? `${spanText(value.min, value.max)} employees`
          : 'Check the bands to include, or type a range.'}
      </p>
      {LINKEDIN_SIZE_BANDS.map((band) => {
        const isChecked = checked.includes(band);
        const part = isChecked && value ? coveredPart(band, value) : undefined;
        return (
          <label key={band.label} class="ve-band">
            <input
              type="checkbox"
              checked={isChecked}
              data-testid="size-band"
              data-band={band.label}
              onChange={(event) => toggle(band, event.currentTarget)}
            />
            {spanText(band.min, band.max)}
            {part && <span class="ve-band-part" data-testid="band-covered">{` (only ${part})`}</span>}
          </label>
        );
      })}
      <p class="ve-note">Bands between two checked bands are included: a criterion holds one range.</p>
      <NumberField
        label="Min employees"
        value={value?.min}
        testId="size-min"
        min={0}
        step={1}
        onChange={(min) => {
          if (min !== undefined) onChange(sizeRange(min, value?.max, value?.match));
        }}
      />
      <NumberField
        label="Max employees (empty: no limit)"
        value={value?.max}
        testId="size-max"
        min={0}
        step={1}
        onChange={(max) => onChange(sizeRange(value?.min ?? 0, max, value?.match))}
      />
      <label class="ve-match">
        <span>A company matches when</span>
        <select
          class="ve-select"
          data-testid="size-match"
          value={value?.match ?? 'overlap'}
          disabled={!value}
          onChange={(event) => {
            const match = event.currentTarget.value === 'contain' ? 'contain' : 'overlap';
            if (value) onChange(sizeRange(value.min, value.max, match));
          }}
        >
          <option value="overlap">its band overlaps the range</option>
          <option value="contain">its whole band is inside the range</option>
        </select>
      </label>
    </fieldset>
  );
}
