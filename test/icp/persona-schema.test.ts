import { describe, expect, it } from 'vitest';
import { icpJsonSchemaText } from '@/lib/icp/icp-json-schema';
import { type IcpParseResult, parseIcpValue } from '@/lib/icp/parse-icp-file';
import { SAMPLE_ICP } from '@/lib/icp/sample-icp';

/** The sample file with its persona replaced (or removed, with undefined). */
function withPersona(persona: unknown): Record<string, unknown> {
  const file = JSON.parse(JSON.stringify(SAMPLE_ICP));
  if (persona === undefined) delete file.persona;
  else file.persona = persona;
  return file;
}

function errorsOf(result: IcpParseResult) {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors;
}

const ALLOWED = 'c_level, vp, head, director, manager, senior, entry, other';

describe('the persona of an ICP file', () => {
  it('reads the sample persona as it is', () => {
    const result = parseIcpValue(withPersona(SAMPLE_ICP.persona));
    expect(result.ok && result.icp.persona).toEqual(SAMPLE_ICP.persona);
    expect(SAMPLE_ICP.persona?.rationale).toMatch(/\S/);
  });

  it('is optional', () => {
    const result = parseIcpValue(withPersona(undefined));
    expect(result.ok).toBe(true);
    expect(result.ok && result.icp.persona).toBeUndefined();
  });

  it('fills the lists left out with empty ones, and trims the values', () => {
    const result = parseIcpValue(withPersona({ titles: ['  VP Sales '], seniority: ['vp'] }));
    expect(result.ok && result.icp.persona).toEqual({
      titles: ['VP Sales'],
      excludedTitles: [],
      keywords: [],
      excludedKeywords: [],
      seniority: ['vp'],
      excludedSeniority: [],
    });
  });

  it('accepts a persona with keywords only', () => {
    expect(parseIcpValue(withPersona({ keywords: ['sales'], excludedKeywords: ['assistant'] })).ok).toBe(
      true,
    );
  });

  it.each([
    ['an empty persona', {}],
    ['empty lists', { titles: [], keywords: [], seniority: [] }],
    ['exclusions only', { excludedTitles: ['Recruiter'], excludedSeniority: ['entry'] }],
  ])('refuses %s: it would match nobody', (_name, persona) => {
    expect(errorsOf(parseIcpValue(withPersona(persona)))).toEqual([
      {
        path: 'persona',
        message:
          'a persona needs at least one of "titles", "keywords" or "seniority" to look for; add one, or leave "persona" out',
      },
    ]);
  });

  it('refuses an unknown seniority and lists the allowed ones', () => {
    const persona = { titles: ['VP Sales'], seniority: ['vp', 'CTO'], excludedSeniority: ['intern'] };
    expect(errorsOf(parseIcpValue(withPersona(persona)))).toEqual([
      {
        path: 'persona.seniority[1]',
        message: `"CTO" is not a seniority Fitcheck knows; use one of: ${ALLOWED}`,
      },
      {
        path: 'persona.excludedSeniority[0]',
        message: `"intern" is not a seniority Fitcheck knows; use one of: ${ALLOWED}`,
      },
    ]);
  });

  it('refuses a value that is both wanted and excluded, at the excluded place', () => {
    const persona = {
      titles: ['Head of Sales', 'VP Sales'],
      excludedTitles: ['Recruiter', 'VP Sales'],
      keywords: ['Satış'],
      excludedKeywords: ['satis'],
      seniority: ['vp', 'entry'],
      excludedSeniority: ['entry'],
    };
    expect(errorsOf(parseIcpValue(withPersona(persona)))).toEqual([
      { path: 'persona.excludedTitles[1]', message: '"VP Sales" is both wanted and excluded' },
      { path: 'persona.excludedKeywords[0]', message: '"satis" is both wanted and excluded (as "Satış")' },
      { path: 'persona.excludedSeniority[0]', message: '"entry" is both wanted and excluded' },
    ]);
  });

  it('compares titles the way they match: "Vice President of Sales" is "VP Sales"', () => {
    const persona = { titles: ['VP Sales'], excludedTitles: ['Vice President of Sales'] };
    expect(errorsOf(parseIcpValue(withPersona(persona)))).toEqual([
      {
        path: 'persona.excludedTitles[0]',
        message: '"Vice President of Sales" is both wanted and excluded (as "VP Sales")',
      },
    ]);
  });

  it('refuses an unknown key, such as "title" for "titles"', () => {
    expect(errorsOf(parseIcpValue(withPersona({ title: ['VP Sales'], seniority: ['vp'] })))).toEqual([
      { path: 'persona', message: 'unknown key "title": check the spelling, or remove it' },
    ]);
  });

  it('refuses blank titles and keywords, and a list written as one text', () => {
    expect(errorsOf(parseIcpValue(withPersona({ titles: ['VP Sales', ' '], keywords: [''] })))).toEqual([
      { path: 'persona.titles[1]', message: 'cannot be empty' },
      { path: 'persona.keywords[0]', message: 'cannot be empty' },
    ]);
    const errors = errorsOf(parseIcpValue(withPersona({ titles: 'VP Sales' })));
    expect(errors).toEqual([
      { path: 'persona.titles', message: 'must be a list in square brackets [ ] (got "VP Sales")' },
    ]);
    expect(errorsOf(parseIcpValue(withPersona('VP Sales')))[0]?.path).toBe('persona');
  });

  it('is published in the JSON Schema, with the seniority vocabulary', () => {
    const schema = JSON.parse(icpJsonSchemaText());
    expect(schema.properties.persona).toEqual({ $ref: '#/$defs/Persona' });
    expect(Object.keys(schema.$defs.Persona.properties)).toEqual([
      'titles',
      'excludedTitles',
      'keywords',
      'excludedKeywords',
      'seniority',
      'excludedSeniority',
      'rationale',
    ]);
    expect(schema.$defs.Persona.additionalProperties).toBe(false);
    expect(schema.$defs.Seniority.enum).toEqual(ALLOWED.split(', '));
  });
});
