/** Safe reads from parsed JSON of unknown shape: every step may be missing or of the wrong type. */

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function member(value: unknown, key: string): unknown {
  return isRecord(value) && Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined;
}

export function at(value: unknown, keys: readonly string[]): unknown {
  let current = value;
  for (const key of keys) {
    current = member(current, key);
    if (current === undefined) return undefined;
  }
  return current;
}

export function asText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed ? trimmed : undefined;
}

/** A finite, non-negative amount as a whole number; anything else is unknown. */
export function asAmount(value: unknown): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return undefined;
  return Math.round(value);
}
