import { describe, expect, it } from 'vitest';
import { canonicalIndustry, LINKEDIN_INDUSTRIES } from '@/lib/signals/linkedin-industries';
import { ODD_STRINGS } from '../helpers/odd-strings';

describe('LINKEDIN_INDUSTRIES', () => {
  it('is sorted alphabetically without duplicates', () => {
    const sorted = [...LINKEDIN_INDUSTRIES].sort((a, b) => a.localeCompare(b, 'en'));
    expect(LINKEDIN_INDUSTRIES).toEqual(sorted);
    expect(new Set(LINKEDIN_INDUSTRIES.map((name) => name.toLowerCase())).size).toBe(
      LINKEDIN_INDUSTRIES.length,
    );
  });

  it('holds the whole version 2 taxonomy', () => {
    expect(LINKEDIN_INDUSTRIES).toHaveLength(434);
  });

  it('has names without stray whitespace', () => {
    for (const name of LINKEDIN_INDUSTRIES) expect(name).toBe(name.replace(/\s+/g, ' ').trim());
  });

  it.each([
    'Software Development',
    'IT Services and IT Consulting',
    'Financial Services',
    'Banking',
    'Insurance',
    'Hospitals and Health Care',
    'Industrial Machinery Manufacturing',
    'Truck Transportation',
    'Technology, Information and Internet',
    'Staffing and Recruiting',
    'Museums, Historical Sites, and Zoos',
    'Advertising Services',
    'Business Consulting and Services',
    'Non-profit Organizations',
    'Higher Education',
    'Real Estate',
    'Retail',
    'Construction',
    'Telecommunications',
    'Computer and Network Security',
  ])('includes %j', (name) => {
    expect(LINKEDIN_INDUSTRIES).toContain(name);
  });
});

describe('canonicalIndustry', () => {
  it('finds every name in the list as itself, in any case', () => {
    for (const name of LINKEDIN_INDUSTRIES) {
      expect(canonicalIndustry(name)).toBe(name);
      expect(canonicalIndustry(name.toUpperCase())).toBe(name);
      expect(canonicalIndustry(` ${name.toLowerCase()}  `)).toBe(name);
    }
  });

  it.each([
    ['software development', 'Software Development'],
    ['  Software   Development ', 'Software Development'],
    ['Software\u00a0Development', 'Software Development'],
    ['Computer Software', 'Software Development'],
    ['Information Technology and Services', 'IT Services and IT Consulting'],
    ['Information Technology & Services', 'IT Services and IT Consulting'],
    ['Internet', 'Technology, Information and Internet'],
    ['Hospital & Health Care', 'Hospitals and Health Care'],
    ['Staffing & Recruiting', 'Staffing and Recruiting'],
    ['Staffing and Recruiting', 'Staffing and Recruiting'],
    ['Marketing & Advertising', 'Advertising Services'],
    ['Marketing and Advertising', 'Advertising Services'],
    ['Financial Services', 'Financial Services'],
    ['Machinery', 'Machinery Manufacturing'],
    ['Mechanical or Industrial Engineering', 'Industrial Machinery Manufacturing'],
    ['Management Consulting', 'Business Consulting and Services'],
    ['Non-Profit Organization Management', 'Non-profit Organizations'],
    ['Computer & Network Security', 'Computer and Network Security'],
    ['Oil & Energy', 'Oil and Gas'],
    ['Motion Pictures and Film', 'Movies, Videos, and Sound'],
    ['Movies, Videos and Sound', 'Movies, Videos, and Sound'],
    ['Leisure, Travel & Tourism', 'Travel Arrangements'],
    ['Media and Telecommunications', 'Media & Telecommunications'],
  ])('maps %j to %j', (text, expected) => {
    expect(canonicalIndustry(text)).toBe(expected);
    expect(LINKEDIN_INDUSTRIES).toContain(expected);
  });

  it.each([
    'Building anvils.',
    'Fairfield, NJ',
    '',
    '   ',
    'Software',
    'Tech',
    'Privately Held',
    '182K followers',
  ])('gives undefined for %j', (text) => {
    expect(canonicalIndustry(text)).toBeUndefined();
  });

  it(`never throws on ${ODD_STRINGS.length} odd strings and only returns listed names`, () => {
    expect(ODD_STRINGS).toHaveLength(200);
    for (const text of ODD_STRINGS) {
      const industry = canonicalIndustry(text);
      if (industry !== undefined) expect(LINKEDIN_INDUSTRIES).toContain(industry);
    }
    expect(canonicalIndustry(null as unknown as string)).toBeUndefined();
  });
});
