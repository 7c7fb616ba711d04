import type { Fit } from '@/lib/scoring/fit';
import { TierBadge } from './TierBadge';

/** Tier and score first; then how much of the ICP the page let us check, and the upside. */
export function ScoreSummary({ fit }: { fit: Fit }) {
  const knownPercent = Math.round(fit.coverage * 100);
  return (
    <section class="summary" aria-label="Fit summary">
      <div class="summary__main">
        <TierBadge tier={fit.tier} />
        <span class="score">
          <span data-testid="score">{fit.score}</span>
          <span class="score__max">/100</span>
        </span>
      </div>
      <p class="summary__detail">
        Checked {knownPercent}% of the ICP's weight
        {fit.ceiling > fit.score ? `; up to ${fit.ceiling} if every unknown matches` : ''}.
      </p>
      {fit.cappedByMustHave.length > 0 && !fit.disqualified && (
        <p class="summary__cap">
          A must-have criterion is missed, so this account cannot reach the top tier.
        </p>
      )}
    </section>
  );
}
