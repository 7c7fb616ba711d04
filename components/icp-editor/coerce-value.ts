import type { SizeMatch, SizeRange } from '@/lib/icp/size-band';
import type { Bounds } from './BoundsEditor';
import type { SingleValue } from './SingleValueEditor';

/**
 * Reads a criterion's value as the shape its editor shows. A value of another shape (an operator
 * just switched, a hand-edited file) shows as empty instead of breaking the page; nothing here
 * changes the stored value, only what the editor starts from.
 */

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const finite = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

export function asTextList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

export function asSizeRange(value: unknown): SizeRange | undefined {
  if (!isRecord(value)) return undefined;
  const min = finite(value.min);
  if (min === undefined) return undefined;
  const max = finite(value.max);
  const match: SizeMatch | undefined =
    value.match === 'overlap' || value.match === 'contain' ? value.match : undefined;
  return { min, ...(max === undefined ? {} : { max }), ...(match === undefined ? {} : { match }) };
}

export function asBounds(value: unknown): Bounds {
  if (!isRecord(value)) return {};
  const min = finite(value.min);
  const max = finite(value.max);
  return { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
}

export function asDayCount(value: unknown): number | undefined {
  const days = finite(value);
  return days !== undefined && days > 0 ? days : undefined;
}

export function asSingleValue(value: unknown): SingleValue | undefined {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  return finite(value);
}

export function asListId(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
