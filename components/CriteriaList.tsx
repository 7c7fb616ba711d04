import type { CriterionResult } from '@/lib/scoring/fit';
import { CriterionRow } from './CriterionRow';

const LAYER_TITLES = {
  firmographic: 'Firmographic',
  technographic: 'Technographic',
  operational: 'Operational',
  behavioral: 'Buying signals',
} as const;

export function CriteriaList({ criteria }: { criteria: readonly CriterionResult[] }) {
  const layers = (Object.keys(LAYER_TITLES) as (keyof typeof LAYER_TITLES)[]).filter((layer) =>
    criteria.some((criterion) => criterion.layer === layer),
  );
  return (
    <section class="criteria" aria-label="Criteria">
      {layers.map((layer) => (
        <div class="criteria__layer" key={layer}>
          <h2>{LAYER_TITLES[layer]}</h2>
          <ul>
            {criteria
              .filter((criterion) => criterion.layer === layer)
              .map((criterion) => (
                <CriterionRow key={criterion.id} criterion={criterion} />
              ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
