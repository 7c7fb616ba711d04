import { describe, expect, it } from 'vitest';
import { isOtherCompaniesJobsHeading, seeAllJobsCount } from '@/lib/extractors/linkedin/jobs-labels';

describe('seeAllJobsCount', () => {
  it.each([
    ['See all 14 jobs', 14],
    ['See all 1,204 jobs', 1204],
    ['View all 3 open jobs', 3],
    ['12 open jobs', 12],
    ['Alle 14 Jobs anzeigen', 14],
    ['Alle 1.204 Stellenangebote anzeigen', 1204],
    ["Voir les 14 offres d'emploi", 14],
    ['Ver los 14 empleos', 14],
    ['Ver todas as 14 vagas', 14],
    ['14 iş ilanının tümünü gör', 14],
    ['Alle 14 vacatures weergeven', 14],
    ['Visualizza tutte le 14 offerte di lavoro', 14],
  ])('%s -> %d', (text, count) => {
    expect(seeAllJobsCount(text)).toBe(count);
  });

  it.each([
    'View jobs',
    'See all jobs',
    'See all 734 employees on LinkedIn',
    '12K followers',
    'We hire 5 people',
  ])('%s -> unknown', (text) => {
    expect(seeAllJobsCount(text)).toBeUndefined();
  });
});

describe('isOtherCompaniesJobsHeading', () => {
  it('recognizes modules about other companies’ jobs, and not the company’s own', () => {
    expect(isOtherCompaniesJobsHeading('  Jobs at similar companies ')).toBe(true);
    expect(isOtherCompaniesJobsHeading('Recently posted jobs')).toBe(false);
  });
});
