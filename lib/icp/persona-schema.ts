import { z } from 'zod';
import { SENIORITIES } from '@/lib/signals/vocabulary';
import { sameFoldedText, sameTitle } from './text-match';

export type Seniority = (typeof SENIORITIES)[number];

/*
 * The buyer persona of an ICP file: who to reach at a company that fits. lib/scoring/persona-fit.ts
 * checks a person's title and seniority against it; docs/icp-format.md explains it to RevOps.
 */

const phrase = z.string().trim().regex(/\S/, 'cannot be empty');

const senioritySchema = z
  .enum(SENIORITIES, {
    error: (issue) =>
      issue.input === undefined
        ? undefined
        : `${JSON.stringify(issue.input)} is not a seniority Fitcheck knows; use one of: ${SENIORITIES.join(', ')}`,
  })
  .meta({ id: 'Seniority' });

const personaShape = z.strictObject({
  titles: z
    .array(phrase)
    .default([])
    .describe('Job titles to look for, each as a whole phrase: "VP Sales" finds "Vice President of Sales".'),
  excludedTitles: z
    .array(phrase)
    .default([])
    .describe('Job titles that rule a person out, even when another rule matches.'),
  keywords: z
    .array(phrase)
    .default([])
    .describe('Words or phrases to look for anywhere in the title, in any language: "sales", "vertrieb".'),
  excludedKeywords: z
    .array(phrase)
    .default([])
    .describe('Words or phrases in the title that rule a person out, even when another rule matches.'),
  seniority: z.array(senioritySchema).default([]).describe('Seniority levels to look for.'),
  excludedSeniority: z
    .array(senioritySchema)
    .default([])
    .describe('Seniority levels that rule a person out, even when another rule matches.'),
  rationale: phrase.optional().describe('Why these people, in a sentence an SDR can repeat.'),
});

export type Persona = z.output<typeof personaShape>;

type Report = (path: (string | number)[], message: string) => void;

/**
 * A persona must ask for someone (an empty one would match nobody, silently), and no value may be
 * both wanted and excluded: the exclusion would always win, so the wanted value is a mistake.
 * Titles compare the way they match ("VP Sales" is "Vice President of Sales"), keywords ignoring
 * case and accents.
 */
export function checkPersona(persona: Persona, ctx: z.RefinementCtx): void {
  const report: Report = (path, message) => ctx.addIssue({ code: 'custom', path, message });
  if (persona.titles.length + persona.keywords.length + persona.seniority.length === 0) {
    report(
      [],
      'a persona needs at least one of "titles", "keywords" or "seniority" to look for; add one, or leave "persona" out',
    );
  }
  reportConflicts(report, 'excludedTitles', persona.excludedTitles, persona.titles, sameTitle);
  reportConflicts(report, 'excludedKeywords', persona.excludedKeywords, persona.keywords, sameFoldedText);
  reportConflicts(
    report,
    'excludedSeniority',
    persona.excludedSeniority,
    persona.seniority,
    (a, b) => a === b,
  );
}

function reportConflicts(
  report: Report,
  list: string,
  excluded: readonly string[],
  wanted: readonly string[],
  same: (a: string, b: string) => boolean,
): void {
  excluded.forEach((value, index) => {
    const twin = wanted.find((item) => same(item, value));
    if (twin === undefined) return;
    const spelledAs = twin === value ? '' : ` (as ${JSON.stringify(twin)})`;
    report([list, index], `${JSON.stringify(value)} is both wanted and excluded${spelledAs}`);
  });
}

/** The `persona` object of an ICP file, with its checks. */
export const personaSchema = personaShape.superRefine(checkPersona).meta({
  id: 'Persona',
  description:
    'Who to reach at a company that fits. Any excluded title, keyword or seniority rules a person out; otherwise any wanted one matches.',
});
