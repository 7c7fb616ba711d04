import { describe, expect, it } from 'vitest';
import { type CompanyType, normalizeCompanyType } from '@/lib/signals/company-type';
import { COMPANY_TYPES } from '@/lib/signals/vocabulary';
import { ODD_STRINGS } from '../helpers/odd-strings';

const LABELS: [string, CompanyType][] = [
  ['Public Company', 'public'],
  ['Privately Held', 'private'],
  ['Nonprofit', 'nonprofit'],
  ['Non Profit', 'nonprofit'],
  ['Non-profit', 'nonprofit'],
  ['Nonprofit Organization', 'nonprofit'],
  ['Government Agency', 'government'],
  ['Educational', 'educational'],
  ['Educational Institution', 'educational'],
  ['Partnership', 'partnership'],
  ['Self-Employed', 'self-employed'],
  ['Self Employed', 'self-employed'],
  ['Self-Owned', 'self-owned'],
  ['Sole Proprietorship', 'self-owned'],
  ['PRIVATELY_HELD', 'private'],
  ['PUBLIC_COMPANY', 'public'],
  ['NON_PROFIT', 'nonprofit'],
];

describe('normalizeCompanyType', () => {
  it.each(LABELS)('maps %j to %j', (label, expected) => {
    expect(normalizeCompanyType(label)).toBe(expected);
  });

  it.each([
    ['privately held', 'private'],
    ['  Public   Company ', 'public'],
    ['PUBLIC COMPANY', 'public'],
    ['NON-PROFIT', 'nonprofit'],
    ['non\u2011profit', 'nonprofit'],
    ['self employed', 'self-employed'],
    ['\u200ePrivately Held\u200f', 'private'],
    ['Privately\nHeld', 'private'],
  ])('ignores case and spacing in %j', (label, expected) => {
    expect(normalizeCompanyType(label)).toBe(expected);
  });

  it('reaches every company type of the vocabulary', () => {
    expect(new Set(LABELS.map(([, type]) => type))).toEqual(new Set(COMPANY_TYPES));
  });

  it.each([
    '',
    'Private',
    'Public',
    'Privately Held Company',
    'Government',
    'Government Administration',
    'Education',
    'Software Development',
    'Fairfield, NJ',
  ])('gives undefined for %j', (text) => {
    expect(normalizeCompanyType(text)).toBeUndefined();
  });

  it(`never throws on ${ODD_STRINGS.length} odd strings and only returns vocabulary types`, () => {
    expect(ODD_STRINGS).toHaveLength(200);
    for (const text of ODD_STRINGS) {
      const type = normalizeCompanyType(text);
      if (type !== undefined) expect(COMPANY_TYPES).toContain(type);
    }
    expect(normalizeCompanyType(null as unknown as string)).toBeUndefined();
  });
});
