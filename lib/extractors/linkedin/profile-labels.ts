import { sameName } from './profile-text';

/**
 * The profile's visible labels per interface language (en, de, fr, es, pt, tr, nl, it). English
 * and the Experience headings follow ../shared/reference/page-markup.md; the other languages'
 * "Current company" wording is LinkedIn's as far as we know it (a label that never appears costs
 * nothing, a wrong one only loses that fallback).
 */
const EXPERIENCE_HEADINGS = [
  'Experience',
  'Berufserfahrung',
  'Erfahrung',
  'Expérience',
  'Expériences',
  'Experiencia',
  'Experiência',
  'Deneyim',
  'Ervaring',
  'Werkervaring',
  'Esperienza',
  'Esperienze',
  'Esperienza lavorativa',
];

const CURRENT_COMPANY_LABELS = [
  'Current company',
  'Aktuelles Unternehmen',
  'Derzeitiges Unternehmen',
  'Entreprise actuelle',
  'Empresa actual',
  'Empresa atual',
  'Mevcut şirket',
  'Şu anki şirket',
  'Huidig bedrijf',
  'Azienda attuale',
];

/** The sentence LinkedIn appends to the button label: "Click to skip to experience card". */
const CLICK_SENTENCE =
  /\.?\s+(?:click|klicken|cliquez|haz clic|haga clic|clique|clica|tıklayın|klik|fai clic|clicca)\b.*$/isu;

export function isExperienceHeading(text: string): boolean {
  return EXPERIENCE_HEADINGS.some((heading) => sameName(heading, text));
}

/** "Current company: Acme. Click to skip to experience card" -> "Acme". */
export function currentCompanyFromLabel(label: string): string | undefined {
  const colon = label.indexOf(':');
  if (colon < 0) return undefined;
  const prefix = label.slice(0, colon);
  if (!CURRENT_COMPANY_LABELS.some((known) => sameName(known, prefix))) return undefined;
  const rest = label.slice(colon + 1).replace(CLICK_SENTENCE, '');
  return rest.replace(/\.\s*$/, '').trim() || undefined;
}
