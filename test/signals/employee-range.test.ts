import { describe, expect, it } from 'vitest';
import {
  LINKEDIN_SIZE_BANDS,
  normalizeEmployeeRange,
  parseEmployeeRange,
} from '@/lib/signals/employee-range';
import type { CountLanguage } from '@/lib/signals/parse-number';
import { FIELD_VALUE_SCHEMAS } from '@/lib/signals/vocabulary';
import { ODD_STRINGS } from '../helpers/odd-strings';

describe('LINKEDIN_SIZE_BANDS', () => {
  it('lists the nine LinkedIn bands in order', () => {
    expect(LINKEDIN_SIZE_BANDS.map((band) => band.label)).toEqual([
      '0-1',
      '2-10',
      '11-50',
      '51-200',
      '201-500',
      '501-1000',
      '1001-5000',
      '5001-10000',
      '10001+',
    ]);
  });

  it('has bands that are contiguous and labelled by their bounds', () => {
    LINKEDIN_SIZE_BANDS.forEach((band, index) => {
      expect(band.label).toBe(band.max === undefined ? `${band.min}+` : `${band.min}-${band.max}`);
      const previous = LINKEDIN_SIZE_BANDS[index - 1];
      if (previous) expect(band.min).toBe((previous.max ?? Number.NaN) + 1);
    });
    expect(LINKEDIN_SIZE_BANDS.at(-1)?.max).toBeUndefined();
  });

  it.each(LINKEDIN_SIZE_BANDS.map((band) => band.label))('normalizes its own label %j to itself', (label) => {
    expect(normalizeEmployeeRange(label)).toBe(label);
  });
});

describe('normalizeEmployeeRange', () => {
  it.each([
    ['1,001-5,000 employees', '1001-5000'],
    ['10,001+ employees', '10001+'],
    ['1K-5K employees', '1001-5000'],
    ['10K+ employees', '10001+'],
    ['501-1K employees', '501-1000'],
    ['5K-10K', '5001-10000'],
    ['1k-5k', '1001-5000'],
    ['2-10 employees', '2-10'],
    ['51–200 employees', '51-200'],
    ['51—200 employees', '51-200'],
    ['51 - 200', '51-200'],
    ['51 – 200 employees', '51-200'],
    ['1.001-5.000 Beschäftigte', '1001-5000'],
    ['10.001+ Mitarbeiter', '10001+'],
    ['1 001-5 000 salariés', '1001-5000'],
    ['1\u202f001-5\u202f000 salariés', '1001-5000'],
    ['10\u00a0001+ salariés', '10001+'],
    ['1001-5000', '1001-5000'],
    ['11-50', '11-50'],
    ['0-1 employees', '0-1'],
    ['Myself only', '0-1'],
    ['Company size: 201-500 employees', '201-500'],
    ['11-50 employees · 4,213 associated members', '11-50'],
    ['500+', '500+'],
    ['101-250', '101-250'],
  ])('normalizes %j to %j', (text, expected) => {
    expect(normalizeEmployeeRange(text)).toBe(expected);
  });

  it.each([
    ['', 'empty'],
    ['garbage', 'no numbers'],
    ['5,000-1,001', 'min above max'],
    ['followers 182K', 'a follower count'],
    ['182K+ followers', 'an abbreviated floor that is no band'],
    ['4,213 associated members', 'a member count'],
    ['4,213 employees', 'a single number is a member count'],
    ['1 employee', 'a single number'],
    ['1K-3K employees', 'an abbreviated range that is no band'],
    ['10K-1K', 'abbreviated and reversed'],
    ['1,5-2', 'an unreadable lower bound'],
    ['2-1,5', 'an unreadable upper bound'],
    ['Myself only and friends', 'not the exact label'],
  ])('gives undefined for %j (%s)', (text) => {
    expect(normalizeEmployeeRange(text)).toBeUndefined();
  });

  it(`never throws on ${ODD_STRINGS.length} odd strings and only returns vocabulary ranges`, () => {
    expect(ODD_STRINGS).toHaveLength(200);
    for (const text of ODD_STRINGS) {
      const range = normalizeEmployeeRange(text);
      if (range !== undefined) expect(FIELD_VALUE_SCHEMAS.employeeRange.safeParse(range).success).toBe(true);
    }
    expect(normalizeEmployeeRange(null as unknown as string)).toBeUndefined();
  });
});

describe('normalizeEmployeeRange with the page language', () => {
  it.each<[string, CountLanguage, string]>([
    ['1.001-5.000 Beschäftigte', 'de', '1001-5000'],
    ['1.001–5.000 Beschäftigte', 'de', '1001-5000'],
    ['10.001+ Mitarbeiter', 'de', '10001+'],
    ['Mehr als 10.001 Beschäftigte', 'de', '10001+'],
    ['1\u00a0001-5\u00a0000 employés', 'fr', '1001-5000'],
    ['1\u202f001-5\u202f000 employés', 'fr', '1001-5000'],
    ['Plus de 10\u00a0001 employés', 'fr', '10001+'],
    ['201-500 empleados', 'es', '201-500'],
    ['Más de 10.001 empleados', 'es', '10001+'],
    ['Más de 10 mil empleados', 'es', '10001+'],
    ['51-200 funcionários', 'pt', '51-200'],
    ['Mais de 10.001 funcionários', 'pt', '10001+'],
    ['10.001+ çalışan', 'tr', '10001+'],
    ['10B+ çalışan', 'tr', '10001+'],
    ['1 B-5 B çalışan', 'tr', '1001-5000'],
    ['1B-5B çalışan', 'tr', '1001-5000'],
    ['501-1 B çalışan', 'tr', '501-1000'],
    ['201-500 medewerkers', 'nl', '201-500'],
    ['Meer dan 10.001 medewerkers', 'nl', '10001+'],
    ['51-200 dipendenti', 'it', '51-200'],
    ['Oltre 10.001 dipendenti', 'it', '10001+'],
    ['1,001-5,000 employees', 'en', '1001-5000'],
    ['De 201 a 500 empleados', 'es', '201-500'],
    ['De 5.001 a 10.000 empleados', 'es', '5001-10000'],
    ['51 a 200 funcionários', 'pt', '51-200'],
    ['1.001 a 5.000 funcionários', 'pt', '1001-5000'],
    ['De 51 à 200 employés', 'fr', '51-200'],
    ['De 1\u00a0001 à 5\u00a0000 employés', 'fr', '1001-5000'],
    ['Entre 201 et 500 employés', 'fr', '201-500'],
    ['1.001 bis 5.000 Beschäftigte', 'de', '1001-5000'],
    ['201 tot 500 medewerkers', 'nl', '201-500'],
    ['Da 51 a 200 dipendenti', 'it', '51-200'],
  ])('normalizes %j on a %s page to %j', (text, language, expected) => {
    expect(normalizeEmployeeRange(text, language)).toBe(expected);
  });

  it.each<[string, CountLanguage | undefined]>([
    ['10B+ çalışan', undefined],
    ['1 B-5 B çalışan', undefined],
    ['Más de 10.001 empleados', undefined],
    ['More than 10,001 employees', 'en'],
    ['Más de 500 empleados', 'es'],
    ['1.874 zugehörige Mitglieder', 'de'],
    ['Mehr als 1.874 Mitglieder', 'de'],
    ['14.210 ilişkili üye', 'tr'],
    ['De 201 a 500 empleados', undefined],
    ['De 201 a 500 empleados', 'de'],
    ['51 a 200 funcionários', 'en'],
    ['De 500 a 201 empleados', 'es'],
    ['312 miembros asociados a 20 empresas', 'es'],
  ])('gives undefined for %j on a %s page', (text, language) => {
    expect(normalizeEmployeeRange(text, language)).toBeUndefined();
  });
});

describe('parseEmployeeRange', () => {
  it.each<[string, { min: number; max?: number } | undefined]>([
    ['1001-5000', { min: 1001, max: 5000 }],
    ['10001+', { min: 10001 }],
    ['0-1', { min: 0, max: 1 }],
    [' 2-10 ', { min: 2, max: 10 }],
    ['1,001-5,000 employees', { min: 1001, max: 5000 }],
    ['10K+ employees', { min: 10001 }],
    ['5000-1001', undefined],
    ['1001 - 5000x', { min: 1001, max: 5000 }],
    ['abc', undefined],
    ['', undefined],
    ['+', undefined],
  ])('parses %j as %j', (range, expected) => {
    expect(parseEmployeeRange(range)).toEqual(expected);
  });

  it('never throws on odd strings', () => {
    for (const text of ODD_STRINGS) expect(() => parseEmployeeRange(text)).not.toThrow();
    expect(parseEmployeeRange(undefined as unknown as string)).toBeUndefined();
  });
});
