import { describe, expect, it } from 'vitest';
import {
  countryChoices,
  labelForValue,
  suggestionsFor,
  type ValueChoices,
  valueForText,
} from '@/components/icp-editor/value-choices';

const choices: ValueChoices = {
  industries: ['Software Development', 'Technology, Information and Internet'],
  technologies: ['HubSpot', 'Salesforce'],
  countries: [
    { code: 'DE', name: 'Germany' },
    { code: 'US', name: 'United States' },
  ],
  lists: [{ id: 'customers', label: 'Customers', count: 3 }],
};

describe('suggestionsFor', () => {
  it('offers the loaded choices for industry, technology and country', () => {
    expect(suggestionsFor('industry', choices).map((s) => s.value)).toEqual(choices.industries);
    expect(suggestionsFor('technology', choices)).toContainEqual({ value: 'HubSpot', label: 'HubSpot' });
    expect(suggestionsFor('hqCountry', choices)).toEqual([
      { value: 'DE', label: 'Germany (DE)' },
      { value: 'US', label: 'United States (US)' },
    ]);
  });

  it('offers fixed vocabularies with readable labels, and nothing for free fields', () => {
    expect(suggestionsFor('fundingStage', choices)).toContainEqual({ value: 'series_b', label: 'Series B' });
    expect(suggestionsFor('companyType', choices)).toContainEqual({
      value: 'private',
      label: 'Privately held',
    });
    expect(suggestionsFor('compliance', choices)).toContainEqual({ value: 'soc2', label: 'SOC 2' });
    expect(suggestionsFor('seniority', choices)).toContainEqual({ value: 'c_level', label: 'C-level' });
    expect(suggestionsFor('name', choices)).toEqual([]);
    expect(suggestionsFor('followers', choices)).toEqual([]);
  });
});

describe('valueForText and labelForValue', () => {
  const countries = suggestionsFor('hqCountry', choices);
  it('maps a value, a label or a name without its code, ignoring case and spaces', () => {
    expect(valueForText('germany', countries)).toBe('DE');
    expect(valueForText(' Germany (DE) ', countries)).toBe('DE');
    expect(valueForText('us', countries)).toBe('US');
    expect(valueForText('series b', suggestionsFor('fundingStage', choices))).toBe('series_b');
    expect(valueForText('Atlantis', countries)).toBeUndefined();
    expect(valueForText('  ', countries)).toBeUndefined();
  });

  it('finds the label of a stored value', () => {
    expect(labelForValue('DE', countries)).toBe('Germany (DE)');
    expect(labelForValue('XX', countries)).toBeUndefined();
  });
});

describe('countryChoices', () => {
  const countries = countryChoices();
  it('names current countries and leaves out unions, deprecated and unknown codes', () => {
    expect(countries).toContainEqual({ code: 'DE', name: 'Germany' });
    expect(countries).toContainEqual({ code: 'US', name: 'United States' });
    const codes = new Set(countries.map((country) => country.code));
    for (const code of ['EU', 'UN', 'ZZ', 'SU', 'YU', 'XX', 'AA']) expect(codes.has(code)).toBe(false);
    expect(countries.length).toBeGreaterThan(230);
    expect(countries.length).toBeLessThan(260);
  });

  it('is sorted by name in the locale', () => {
    const names = countries.map((country) => country.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    expect(countryChoices('de')).toContainEqual({ code: 'DE', name: 'Deutschland' });
  });
});
