/** A headcount interval; `max` is Infinity for an open band such as "10001+". */
export interface Headcount {
  min: number;
  max: number;
}

export type SizeMatch = 'overlap' | 'contain';

/** The range a criterion asks for: `max` absent means "no upper limit". */
export interface SizeRange {
  min: number;
  max?: number;
  match?: SizeMatch;
}

/** Reads the normalized employeeRange form of the vocabulary: "1001-5000" or "10001+". */
export function parseSizeBand(band: string): Headcount | undefined {
  const match = /^(\d+)(?:-(\d+)|\+)$/.exec(band.trim());
  if (!match) return undefined;
  const min = Number(match[1]);
  const max = match[2] === undefined ? Number.POSITIVE_INFINITY : Number(match[2]);
  return max >= min ? { min, max } : undefined;
}

/**
 * overlap: the band and the range share at least one headcount. contain: the whole band lies
 * inside the range, so an open band ("10001+") is contained only by a range without a max.
 */
export function bandFitsRange(band: Headcount, range: SizeRange): boolean {
  const rangeMax = range.max ?? Number.POSITIVE_INFINITY;
  if ((range.match ?? 'overlap') === 'contain') return band.min >= range.min && band.max <= rangeMax;
  return band.min <= rangeMax && band.max >= range.min;
}
