import type { FieldValue, Observation, Signal, SignalField } from '@/lib/signals/vocabulary';

/** A signal with plausible evidence, for tables of accounts. */
export function signal<F extends SignalField>(
  field: F,
  value: FieldValue<F>,
  options: { extractorId?: string; seenAt?: string; url?: string } = {},
): Signal {
  return {
    field,
    value,
    evidence: {
      url: options.url ?? 'https://www.linkedin.com/company/acme/',
      extractorId: options.extractorId ?? 'linkedin-company',
      seenAt: options.seenAt ?? '2026-11-20T09:00:00.000Z',
      sourceText: String(value),
    },
  } as Signal;
}

export function observation(signals: Signal[], overrides: Partial<Observation> = {}): Observation {
  return {
    url: 'https://www.linkedin.com/company/acme/',
    seenAt: signals[0]?.evidence.seenAt ?? '2026-11-20T09:00:00.000Z',
    pageKind: 'linkedin-company',
    signals,
    ...overrides,
  };
}

/** Field -> value of what an extractor read, to compare a whole read with toEqual. */
export function valuesOf(signals: readonly Signal[]): Record<string, unknown> {
  return Object.fromEntries(signals.map((signal) => [signal.field, signal.value]));
}
