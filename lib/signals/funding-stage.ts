import { FUNDING_STAGES } from './field-rules';

export type FundingStage = (typeof FUNDING_STAGES)[number];

/**
 * Round names as LinkedIn's funding module and Crunchbase show them ("Series C",
 * "Pre seed", "Post-IPO equity", "Debt financing") or as Crunchbase's enum ("series_c").
 */
const STAGE_PATTERNS: readonly [RegExp, FundingStage][] = [
  [/^series[\s_-]*([a-j])\b/, 'series_a'],
  [/^pre[\s_-]*seed\b/, 'pre_seed'],
  [/^(seed|angel)\b/, 'seed'],
  [/^post[\s_-]*ipo/, 'post_ipo'],
  [/^(ipo|initial public offering)\b/, 'ipo'],
  [/^private[\s_-]*equity\b/, 'private_equity'],
  [/^(debt|convertible note)/, 'debt'],
  [/^grant\b/, 'grant'],
  [
    /^(corporate round|undisclosed|non[\s_-]*equity|secondary market|equity crowdfunding|other|funding round)\b/,
    'other',
  ],
];

export function normalizeFundingStage(text: string): FundingStage | undefined {
  const lower = text.toLowerCase().replace(/\s+/g, ' ').trim();
  for (const [pattern, stage] of STAGE_PATTERNS) {
    const match = pattern.exec(lower);
    if (!match) continue;
    if (stage !== 'series_a') return stage;
    const series = `series_${match[1]}`;
    return (FUNDING_STAGES as readonly string[]).includes(series) ? (series as FundingStage) : undefined;
  }
  return undefined;
}
