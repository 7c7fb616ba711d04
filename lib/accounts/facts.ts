import type { Evidence, FieldValue, Signal, SignalField } from '@/lib/signals/vocabulary';
import { FIELD_KINDS } from '@/lib/signals/vocabulary';

/** What is known of one field of an account: the value, and every piece of evidence behind it. */
export interface Fact<F extends SignalField = SignalField> {
  field: F;
  value: FieldValue<F>;
  evidence: Evidence[];
}

export type Facts = { [F in SignalField]?: Fact<F> };

/**
 * Folds an account's signals into one fact per field. A list field (technology, specialties…)
 * is the union of its items across sources, case-insensitively; any other field takes the most
 * recently seen value.
 */
export function collectFacts(signals: readonly Signal[]): Facts {
  const facts: Facts = {};
  const newestFirst = [...signals].sort((a, b) => b.evidence.seenAt.localeCompare(a.evidence.seenAt));
  for (const signal of newestFirst) addSignal(facts, signal);
  return facts;
}

function addSignal(facts: Facts, signal: Signal): void {
  const existing = facts[signal.field] as Fact | undefined;
  if (!existing) {
    const copy = Array.isArray(signal.value) ? [...signal.value] : signal.value;
    (facts as Record<string, Fact>)[signal.field] = {
      field: signal.field,
      value: copy,
      evidence: [signal.evidence],
    } as Fact;
    return;
  }
  if (FIELD_KINDS[signal.field] !== 'list' || !Array.isArray(existing.value) || !Array.isArray(signal.value))
    return;
  const items = existing.value as string[];
  const seen = new Set(items.map((item) => item.toLowerCase()));
  const added = (signal.value as string[]).filter((item) => !seen.has(item.toLowerCase()));
  if (added.length === 0) return;
  items.push(...added);
  existing.evidence.push(signal.evidence);
}
