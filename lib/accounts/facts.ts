import type { Evidence, FieldValue, Signal, SignalField } from '@/lib/signals/vocabulary';
import { FIELD_KINDS } from '@/lib/signals/field-rules';
import { byPrecedence } from './source-precedence';

/** What is known of one field of an account: the value, and every piece of evidence behind it. */
export interface Fact<F extends SignalField = SignalField> {
  field: F;
  value: FieldValue<F>;
  evidence: Evidence[];
  /** Other values other sources gave (e.g. the website's headcount beside LinkedIn's band). */
  alternatives: { value: FieldValue<F>; evidence: Evidence }[];
}

export type Facts = { [F in SignalField]?: Fact<F> };

/**
 * Folds an account's signals into one fact per field. A list field (technology, specialties…)
 * is the union of its items across sources, case-insensitively; any other field takes the value
 * of the most trusted source, the newest among equals (source-precedence.ts), and keeps what
 * other sources said as alternatives.
 */
export function collectFacts(signals: readonly Signal[]): Facts {
  const facts: Facts = {};
  for (const signal of [...signals].sort(byPrecedence)) addSignal(facts, signal);
  return facts;
}

function addSignal(facts: Facts, signal: Signal): void {
  const existing = facts[signal.field] as Fact | undefined;
  if (!existing) {
    const value = Array.isArray(signal.value) ? [...signal.value] : signal.value;
    const fact = { field: signal.field, value, evidence: [signal.evidence], alternatives: [] };
    (facts as Record<string, Fact>)[signal.field] = fact as Fact;
    return;
  }
  if (FIELD_KINDS[signal.field] === 'list' && Array.isArray(existing.value) && Array.isArray(signal.value)) {
    uniteListItems(existing, signal);
  } else {
    addAlternative(existing, signal);
  }
}

function uniteListItems(fact: Fact, signal: Signal): void {
  const items = fact.value as string[];
  const seen = new Set(items.map((item) => item.toLowerCase()));
  const added = (signal.value as string[]).filter((item) => !seen.has(item.toLowerCase()));
  if (added.length === 0) return;
  items.push(...added);
  fact.evidence.push(signal.evidence);
}

/** A different value from another source is kept beside the chosen one; the same value is not. */
function addAlternative(fact: Fact, signal: Signal): void {
  const sameValue = (value: unknown) => JSON.stringify(value) === JSON.stringify(signal.value);
  if (sameValue(fact.value) || fact.alternatives.some((alternative) => sameValue(alternative.value))) return;
  fact.alternatives.push({ value: signal.value, evidence: signal.evidence } as Fact['alternatives'][number]);
}
