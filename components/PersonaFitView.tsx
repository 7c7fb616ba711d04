import type { PersonaFit } from '@/lib/scoring/persona-fit';

const HEADINGS: Record<PersonaFit['status'], string> = {
  match: 'Buyer persona: a match',
  excluded: 'Buyer persona: excluded',
  no_match: 'Buyer persona: not a match',
  unknown: 'Buyer persona: unknown',
  no_persona: 'Buyer persona: none set',
};

/** Which persona rule matched or excluded the person, so the SDR knows why to reach out or not. */
export function PersonaFitView({ fit }: { fit: PersonaFit }) {
  const rules = [
    ...fit.excludedBy.map((rule) => ({ ...rule, excluded: true })),
    ...fit.matched.map((rule) => ({ ...rule, excluded: false })),
  ];
  return (
    <section class={`persona persona--${fit.status}`} data-testid="persona-fit" data-status={fit.status}>
      <h2>{HEADINGS[fit.status]}</h2>
      <p>{fit.summary}</p>
      {rules.length > 0 && (
        <ul>
          {rules.map((rule) => (
            <li
              key={`${rule.kind}:${rule.value}:${rule.excluded}`}
              data-testid="persona-rule"
              data-kind={rule.kind}
              data-value={rule.value}
              data-excluded={String(rule.excluded)}
            >
              {rule.excluded ? '✗' : '✓'} {rule.kind}: {rule.value}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
