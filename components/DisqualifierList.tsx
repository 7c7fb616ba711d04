import type { DisqualifierResult } from '@/lib/scoring/fit';
import { EvidenceNote } from './EvidenceNote';

/** Hits first and loud; the checks the page could not settle are listed quietly below. */
export function DisqualifierList({ disqualifiers }: { disqualifiers: readonly DisqualifierResult[] }) {
  const hits = disqualifiers.filter((d) => d.status === 'hit');
  const unchecked = disqualifiers.filter((d) => d.status === 'unknown');
  return (
    <>
      {hits.length > 0 && (
        <section class="disqualifiers" aria-label="Disqualifiers">
          <h2>Disqualified</h2>
          <ul>
            {hits.map((hit) => (
              <li key={hit.id} data-testid="disqualifier" data-criterion-id={hit.id}>
                <strong>{hit.label}</strong>: {hit.reason}
                <div class="disqualifier__evidence">
                  {hit.actual} <EvidenceNote evidence={hit.evidence} />
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
      {unchecked.length > 0 && (
        <p class="unchecked" data-testid="disqualifiers-unchecked">
          Not yet checked: {unchecked.map((d) => d.label).join(', ')} (the page does not show it).
        </p>
      )}
    </>
  );
}
