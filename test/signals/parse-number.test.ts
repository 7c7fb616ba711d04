import { describe, expect, it } from 'vitest';
import {
  type CountLanguage,
  findLocaleNumber,
  parseLocaleCount,
  parseLocaleCountWithPlus,
} from '@/lib/signals/parse-number';
import { ODD_STRINGS } from '../helpers/odd-strings';

describe('parseLocaleCount', () => {
  it.each<[string, number]>([
    ['3,435,167', 3435167],
    ['1.234', 1234],
    ['1.234.567', 1234567],
    ['1,234,567,890', 1234567890],
    ['56 726', 56726],
    ['56\u00a0726', 56726],
    ['56\u202f726', 56726],
    ['1 234 567', 1234567],
    ["1'234", 1234],
    ['1\u2019234', 1234],
    ['0', 0],
    ['11 on LinkedIn', 11],
    ['View all 4,213 employees', 4213],
    ['See all 56\u00a0726 employees', 56726],
    ['2010 500', 2010],
    ['3 km', 3],
    ['5 Mitarbeiter', 5],
  ])('reads the grouped integer in %j as %d', (text, expected) => {
    expect(parseLocaleCount(text)).toBe(expected);
  });

  it.each<[string, number]>([
    ['29M', 29_000_000],
    ['182K followers', 182_000],
    ['1.2B', 1_200_000_000],
    ['$1.2B', 1_200_000_000],
    ['85.0M', 85_000_000],
    ['2,5 Mio.', 2_500_000],
    ['2,5 Mio. Follower', 2_500_000],
    ['2,5\u00a0Mio. Follower', 2_500_000],
    ['3 Mio', 3_000_000],
    ['1,5 Mrd.', 1_500_000_000],
    ['3 k', 3000],
    ['3k', 3000],
    ['3K', 3000],
    ['10K+', 10_000],
    ['1,5K', 1500],
    ['1.5K', 1500],
    ['1.15K', 1150],
    ['0.5K', 500],
    ['5 Tsd.', 5000],
    ['12 mil', 12_000],
    ['12 mil seguidores', 12_000],
    ['12 mila follower', 12_000],
    ['1,2 mi', 1_200_000],
    ['1,2 mi seguidores', 1_200_000],
    ['1,2 mil M', 1_200_000_000],
    ['1,2 mil millones', 1_200_000_000],
    ['3 millones', 3_000_000],
    ['3 milhões', 3_000_000],
    ['1,5 milhão', 1_500_000],
    ['2 bi', 2_000_000_000],
    ['2 million followers', 2_000_000],
    ['2 millions', 2_000_000],
    ['1.5 billion', 1_500_000_000],
    ['4 thousand', 4000],
    ['3 Mn', 3_000_000],
    ['3 mn', 3_000_000],
    ['2 Bn', 2_000_000_000],
    ['2bn', 2_000_000_000],
    ['2 Md', 2_000_000_000],
    ['2 Mds', 2_000_000_000],
    ['4 mln.', 4_000_000],
    ['4 Mld.', 4_000_000_000],
    ['7 miljoen', 7_000_000],
    ['12 bin takipçi', 12_000],
    ['5 milyon', 5_000_000],
    ['1 234,5 Mio.', 1_234_500_000],
    ['1.234,5 Mio.', 1_234_500_000],
    ['1,234.5K', 1_234_500],
  ])('reads the abbreviated %j as %d', (text, expected) => {
    expect(parseLocaleCount(text)).toBe(expected);
  });

  it.each([
    ['', 'empty'],
    ['abc', 'no digits'],
    ['1,5', 'a comma and one digit: decimal or not, counts are integers'],
    ['1,23', 'two digits after a comma'],
    ['1.2345', 'four digits after a dot'],
    ['12,34,567', 'lakh grouping'],
    ['1,234.5', 'a decimal count'],
    ['1.234K', 'three digits after a dot before K: 1234K or 1.234K'],
    ['1.500 Mio.', 'three digits after a dot before Mio.'],
    ['1,234 million', 'de 1.234 million or en 1234 million'],
    ['1.255B', 'three decimals'],
    ['.5K', 'a fraction with no integer part'],
    ['1.2.3', 'a version number'],
    ['9'.repeat(16), 'beyond a safe integer'],
    ['99,999,999,999,999,999', 'beyond a safe integer, grouped'],
    ['١٢٣', 'non-ASCII digits'],
  ])('gives undefined for %j (%s)', (text) => {
    expect(parseLocaleCount(text)).toBeUndefined();
  });

  it('reads the first number only and does not skip an unreadable one', () => {
    expect(parseLocaleCount('12 of 4,213')).toBe(12);
    expect(parseLocaleCount('1,5 of 4,213')).toBeUndefined();
  });

  it(`never throws on ${ODD_STRINGS.length} odd strings and only returns safe non-negative integers`, () => {
    expect(ODD_STRINGS).toHaveLength(200);
    for (const text of ODD_STRINGS) {
      const value = parseLocaleCount(text);
      if (value !== undefined) {
        expect(Number.isSafeInteger(value)).toBe(true);
        expect(value).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('gives undefined for a value that is not a string', () => {
    expect(parseLocaleCount(null as unknown as string)).toBeUndefined();
    expect(parseLocaleCount(42 as unknown as string)).toBeUndefined();
  });
});

describe('parseLocaleCountWithPlus', () => {
  it.each<[string, { value: number; orMore: boolean } | undefined]>([
    ['10K+', { value: 10_000, orMore: true }],
    ['10K +', { value: 10_000, orMore: true }],
    ['10,001+ employees', { value: 10_001, orMore: true }],
    ['500+', { value: 500, orMore: true }],
    ['182K followers', { value: 182_000, orMore: false }],
    ['4,213', { value: 4213, orMore: false }],
    ['+10', { value: 10, orMore: false }],
    ['1,5+', undefined],
    ['abc', undefined],
    ['', undefined],
  ])('reads %j as %j', (text, expected) => {
    expect(parseLocaleCountWithPlus(text)).toEqual(expected);
  });

  it('never throws on odd strings', () => {
    for (const text of ODD_STRINGS) expect(() => parseLocaleCountWithPlus(text)).not.toThrow();
  });
});

describe('findLocaleNumber', () => {
  it('reports where the number and its suffix end, for range readers', () => {
    expect(findLocaleNumber('1K-5K', 0)).toEqual({
      value: 1000,
      abbreviated: true,
      orMore: false,
      start: 0,
      end: 2,
    });
    expect(findLocaleNumber('1K-5K', 3)).toEqual({
      value: 5000,
      abbreviated: true,
      orMore: false,
      start: 3,
      end: 5,
    });
    expect(findLocaleNumber('size 1,5-2', 0)).toEqual({
      value: undefined,
      abbreviated: false,
      orMore: false,
      start: 5,
      end: 8,
    });
    expect(findLocaleNumber('no digits')).toBeUndefined();
  });
});

describe('parseLocaleCount with the page language', () => {
  it.each<[string, CountLanguage, number]>([
    ['12 B takipçi', 'tr', 12_000],
    ['12B takipçi', 'tr', 12_000],
    ['12B', 'tr', 12_000],
    ['1,5 B takipçi', 'tr', 1_500],
    ['12 Bin takipçi', 'tr', 12_000],
    ['12 bin takipçi', 'tr', 12_000],
    ['3 Mn takipçi', 'tr', 3_000_000],
    ['2,5 Mn', 'tr', 2_500_000],
    ['2 Mr', 'tr', 2_000_000_000],
    ['2 Bn', 'tr', 2_000_000_000],
    ['12.408 takipçi', 'tr', 12_408],
    ['1.001-5.000 Beschäftigte', 'de', 1_001],
    ['2,5 Mio. Follower', 'de', 2_500_000],
    ['2,5\u00a0Mio. Follower', 'de', 2_500_000],
    ['12 Tsd. Follower', 'de', 12_000],
    ['1,5 Mrd.', 'de', 1_500_000_000],
    ['56\u202f726 abonnés', 'fr', 56_726],
    ['56\u00a0726 abonnés', 'fr', 56_726],
    ['56 726 abonnés', 'fr', 56_726],
    ['12 k abonnés', 'fr', 12_000],
    ['2,5 M abonnés', 'fr', 2_500_000],
    ['29 mil seguidores', 'es', 29_000],
    ['2,5 M seguidores', 'es', 2_500_000],
    ['29 mil seguidores', 'pt', 29_000],
    ['2,5 mi seguidores', 'pt', 2_500_000],
    ['1 bi seguidores', 'pt', 1_000_000_000],
    ['5 mln volgers', 'nl', 5_000_000],
    ['5 mln. volgers', 'nl', 5_000_000],
    ['12K volgers', 'nl', 12_000],
    ['2,5 Mln follower', 'it', 2_500_000],
    ['1,2 Mln follower', 'it', 1_200_000],
    ['18.204 follower', 'it', 18_204],
    ['1.2B', 'en', 1_200_000_000],
    ['12B followers', 'de', 12_000_000_000],
  ])('reads %j on a %s page as %d', (text, language, expected) => {
    expect(parseLocaleCount(text, language)).toBe(expected);
  });

  it('reads "B" as billion when no language is given, as before', () => {
    expect(parseLocaleCount('12B takipçi')).toBe(12_000_000_000);
    expect(parseLocaleCount('12 bin takipçi')).toBe(12_000);
  });

  it.each<[string, CountLanguage]>([
    ['1.234 B', 'tr'],
    ['12 Bim', 'tr'],
    ['Mr. Smith 3', 'tr'],
  ])('reads %j on a %s page without guessing', (text, language) => {
    const value = parseLocaleCount(text, language);
    expect(value === undefined || value === 3 || value === 12).toBe(true);
  });

  it('keeps the plus of an abbreviated Turkish floor', () => {
    expect(parseLocaleCountWithPlus('10B+ çalışan', 'tr')).toEqual({ value: 10_000, orMore: true });
    expect(parseLocaleCountWithPlus('10.001+ çalışan', 'tr')).toEqual({ value: 10_001, orMore: true });
    expect(parseLocaleCountWithPlus('10B+')).toEqual({ value: 10_000_000_000, orMore: true });
  });

  it('never throws on odd strings in any language', () => {
    for (const language of ['en', 'de', 'fr', 'es', 'pt', 'tr', 'nl', 'it'] as const) {
      for (const text of ODD_STRINGS) {
        const value = parseLocaleCount(text, language);
        if (value !== undefined) expect(Number.isSafeInteger(value) && value >= 0).toBe(true);
      }
    }
  });
});
