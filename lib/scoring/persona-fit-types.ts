/**
 * How a person compares with the ICP's persona (lib/scoring/persona-fit.ts):
 * - match: a wanted title, keyword or seniority is there, and nothing excluded;
 * - excluded: an excluded title, keyword or seniority is there (it beats any match);
 * - no_match: neither;
 * - unknown: the page showed neither the person's title nor their seniority;
 * - no_persona: the ICP has no persona.
 */
export type PersonaFitStatus = 'match' | 'excluded' | 'no_match' | 'unknown' | 'no_persona';

export type PersonaRuleKind = 'title' | 'keyword' | 'seniority';

/** One persona rule the person hit: its kind, and the value as the ICP file writes it. */
export interface PersonaRuleHit {
  kind: PersonaRuleKind;
  value: string;
}

export interface PersonaFit {
  status: PersonaFitStatus;
  /** The wanted rules the person hits, in the persona's order; listed even when excluded. */
  matched: PersonaRuleHit[];
  /** The excluded rules the person hits; any one makes the status excluded. */
  excludedBy: PersonaRuleHit[];
  /** One plain sentence for the SDR: "Matches the persona: title "VP Sales", seniority VP." */
  summary: string;
}
