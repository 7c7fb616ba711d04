import { type FieldValue, fitsField, type SignalField, toSourceText } from '@/lib/signals/field-rules';
import type { Signal } from '@/lib/signals/vocabulary';

/**
 * Collects an extractor's signals. The first value added for a field wins, so an extractor
 * adds its sources best first (labelled rows, then JSON-LD, then unlabelled text). A value that
 * does not fit the field's schema is dropped, never stored half-right.
 */
export interface SignalSink {
  add<F extends SignalField>(field: F, value: FieldValue<F> | undefined, sourceText: string): void;
  has(field: SignalField): boolean;
  signals(): Signal[];
}

export function createSignalSink(url: URL, extractorId: string, seenAt: string): SignalSink {
  const byField = new Map<SignalField, Signal>();
  return {
    add(field, value, sourceText) {
      if (value === undefined || byField.has(field)) return;
      if (!fitsField(field, value)) return;
      const evidence = { url: url.href, extractorId, seenAt, sourceText: toSourceText(sourceText) };
      byField.set(field, { field, value, evidence } as Signal);
    },
    has: (field) => byField.has(field),
    signals: () => [...byField.values()],
  };
}
