/**
 * Words of LinkedIn's job modules, per interface language: the "See all N jobs" link of the
 * Jobs tab, and headings of modules that list OTHER companies' jobs. Checked against the
 * English UI; the other languages follow LinkedIn's wording for the same buttons.
 */
const JOBS_WORDS = [
  'jobs',
  'job',
  'open jobs',
  'stellenangebote',
  'jobangebote',
  "offres d'emploi",
  'offres',
  'empleos',
  'ofertas de empleo',
  'vagas',
  'iş ilanı',
  'iş ilanının',
  'vacatures',
  'offerte di lavoro',
  'offerte',
];

const ALL_WORDS = [
  'all',
  'alle',
  'tous',
  'toutes',
  'les',
  'todos',
  'todas',
  'los',
  'as',
  'tümünü',
  'tutte',
  'le',
];

export const OTHER_COMPANIES_JOBS_HEADINGS = [
  'jobs at similar companies',
  'jobs people also viewed',
  'similar jobs',
  'recommended jobs',
  'jobs bei ähnlichen unternehmen',
  'offres dans des entreprises similaires',
  'empleos en empresas similares',
  'vagas em empresas semelhantes',
  'benzer şirketlerdeki iş ilanları',
  'vacatures bij vergelijkbare bedrijven',
  'offerte di lavoro in aziende simili',
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NUMBER = String.raw`(\d{1,3}(?:[.,\s\u00a0\u202f]\d{3})+|\d+)`;
const SEE_ALL_JOBS = new RegExp(
  String.raw`(?:^|\s)(?:${ALL_WORDS.map(escape).join('|')})\s+(?:\S+\s+)?${NUMBER}\s+(?:${JOBS_WORDS.map(escape).join('|')})(?:\s|$)|^${NUMBER}\s+(?:${JOBS_WORDS.map(escape).join('|')})(?:\s|$)`,
  'iu',
);

/** The N of "See all 14 jobs", "Alle 14 Jobs anzeigen", "Voir les 14 offres d'emploi"… */
export function seeAllJobsCount(text: string): number | undefined {
  const match = SEE_ALL_JOBS.exec(text.toLowerCase().replace(/\s+/g, ' ').trim());
  const digits = (match?.[1] ?? match?.[2])?.replace(/\D/g, '');
  return digits ? Number(digits) : undefined;
}

export function isOtherCompaniesJobsHeading(text: string): boolean {
  return OTHER_COMPANIES_JOBS_HEADINGS.includes(text.toLowerCase().replace(/\s+/g, ' ').trim());
}
