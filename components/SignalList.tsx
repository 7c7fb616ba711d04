import type { Fact, Facts } from '@/lib/accounts/facts';
import { formatFieldValue } from '@/lib/scoring/format-value';
import { FIELD_LABELS } from '@/lib/signals/field-labels';
import { SIGNAL_FIELDS } from '@/lib/signals/field-rules';
import type { Evidence } from '@/lib/signals/vocabulary';
import { safeHttpUrl } from '@/lib/safe-url';
import { describePage, evidenceTitle } from './EvidenceNote';

/**
 * Everything read about the company, one element per value (a list gives one per item); where
 * each was read shows on hover, the criteria above already show it inline.
 */
export function SignalList({ facts }: { facts: Facts }) {
  const known = SIGNAL_FIELDS.map((field) => facts[field] as Fact | undefined).filter(
    (fact): fact is Fact => fact !== undefined,
  );
  return (
    <details class="signals" open>
      <summary>What Fitcheck read ({known.length})</summary>
      <dl>
        {known.map((fact) => (
          <div class="signals__row" key={fact.field}>
            <dt>{FIELD_LABELS[fact.field]}</dt>
            <dd title={evidenceTitle(fact.evidence)}>
              {valuesOf(fact).map((value) => (
                <span
                  class="signal"
                  data-testid="signal"
                  data-field={fact.field}
                  data-value={String(value)}
                  key={String(value)}
                >
                  {formatFieldValue(fact.field, value)}
                </span>
              ))}
              {fact.alternatives.map((alternative) => (
                <div
                  class="signal-alternative"
                  data-testid="signal-alternative"
                  data-field={fact.field}
                  data-value={String(alternative.value)}
                  key={`alt:${String(alternative.value)}`}
                  title={evidenceTitle([alternative.evidence])}
                >
                  {sourceName(alternative.evidence)} says {formatFieldValue(fact.field, alternative.value)}
                </div>
              ))}
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

function valuesOf(fact: Fact): readonly (string | number | boolean)[] {
  return Array.isArray(fact.value) ? fact.value : [fact.value as string | number | boolean];
}

/** Where another value came from, in words: "LinkedIn", "northwindledger.com". */
function sourceName(evidence: Evidence): string {
  const href = safeHttpUrl(evidence.url);
  return href ? describePage(href).replace(/ [a-z]+ tab$/, '') : evidence.extractorId;
}
