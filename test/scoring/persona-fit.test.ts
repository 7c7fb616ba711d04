import { describe, expect, it } from 'vitest';
import type { Persona, Seniority } from '@/lib/icp/persona-schema';
import { SAMPLE_ICP } from '@/lib/icp/sample-icp';
import { type PersonaRuleHit, personaFit } from '@/lib/scoring/persona-fit';
import { ODD_STRINGS } from '../helpers/odd-strings';

const SAMPLE_PERSONA = SAMPLE_ICP.persona as Persona;

const title = (value: string): PersonaRuleHit => ({ kind: 'title', value });
const keyword = (value: string): PersonaRuleHit => ({ kind: 'keyword', value });
const seniority = (value: Seniority): PersonaRuleHit => ({ kind: 'seniority', value });

const NO_MATCH = 'Not the persona: no wanted title, keyword or seniority.';

interface Case {
  name: string;
  person: { title?: string; seniority?: Seniority };
  status: 'match' | 'excluded' | 'no_match' | 'unknown';
  matched?: PersonaRuleHit[];
  excludedBy?: PersonaRuleHit[];
  summary: string;
}

const CASES: Case[] = [
  // Titles and abbreviations.
  {
    name: 'the wanted title, word for word',
    person: { title: 'VP Sales', seniority: 'vp' },
    status: 'match',
    matched: [title('VP Sales'), keyword('sales'), seniority('vp')],
    summary: 'Matches the persona: title "VP Sales", keyword "sales", seniority VP.',
  },
  {
    name: 'VP written out, with "of"',
    person: { title: 'Vice President of Sales' },
    status: 'match',
    matched: [title('VP Sales'), keyword('sales')],
    summary: 'Matches the persona: title "VP Sales", keyword "sales".',
  },
  {
    name: 'lower case, a comma and a region',
    person: { title: 'vice president, sales (EMEA)' },
    status: 'match',
    matched: [title('VP Sales'), keyword('sales')],
    summary: 'Matches the persona: title "VP Sales", keyword "sales".',
  },
  {
    name: 'a hyphenated, accented Vice-Président',
    person: { title: 'Vice-Président Sales France', seniority: 'vp' },
    status: 'match',
    matched: [title('VP Sales'), keyword('sales'), seniority('vp')],
    summary: 'Matches the persona: title "VP Sales", keyword "sales", seniority VP.',
  },
  {
    name: '"&" in the title',
    person: { title: 'VP, Sales & Marketing' },
    status: 'match',
    matched: [title('VP Sales'), keyword('sales')],
    summary: 'Matches the persona: title "VP Sales", keyword "sales".',
  },
  {
    name: 'Head of Sales & Marketing finds Head of Sales',
    person: { title: 'Head of Sales & Marketing' },
    status: 'match',
    matched: [title('Head of Sales'), keyword('sales')],
    summary: 'Matches the persona: title "Head of Sales", keyword "sales".',
  },
  {
    name: 'Head of Sales and Partnerships, seniority head',
    person: { title: 'Head of Sales and Partnerships', seniority: 'head' },
    status: 'match',
    matched: [title('Head of Sales'), keyword('sales'), seniority('head')],
    summary: 'Matches the persona: title "Head of Sales", keyword "sales", seniority Head.',
  },
  {
    name: 'upper case, with a comma instead of "of"',
    person: { title: 'HEAD, SALES' },
    status: 'match',
    matched: [title('Head of Sales'), keyword('sales')],
    summary: 'Matches the persona: title "Head of Sales", keyword "sales".',
  },
  {
    name: 'RevOps for Revenue Operations',
    person: { title: 'Head of RevOps' },
    status: 'match',
    matched: [title('Head of Revenue Operations')],
    summary: 'Matches the persona: title "Head of Revenue Operations".',
  },
  {
    name: 'Ops for Operations',
    person: { title: 'Head of Revenue Ops' },
    status: 'match',
    matched: [title('Head of Revenue Operations'), keyword('revenue')],
    summary: 'Matches the persona: title "Head of Revenue Operations", keyword "revenue".',
  },
  {
    name: '"Sr." and "Dir."',
    person: { title: 'Sr. Dir. of Sales Development' },
    status: 'match',
    matched: [title('Director of Sales Development'), keyword('sales')],
    summary: 'Matches the persona: title "Director of Sales Development", keyword "sales".',
  },
  {
    name: '"Dir." without "of", seniority director',
    person: { title: 'Dir. Sales Development', seniority: 'director' },
    status: 'match',
    matched: [title('Director of Sales Development'), keyword('sales'), seniority('director')],
    summary:
      'Matches the persona: title "Director of Sales Development", keyword "sales", seniority Director.',
  },
  {
    name: 'two wanted titles in one headline',
    person: { title: 'Head of Sales, Director of Sales Development' },
    status: 'match',
    matched: [title('Director of Sales Development'), title('Head of Sales'), keyword('sales')],
    summary:
      'Matches the persona: titles "Director of Sales Development" and "Head of Sales", keyword "sales".',
  },
  {
    name: 'two keywords',
    person: { title: 'Head of Sales & Revenue' },
    status: 'match',
    matched: [title('Head of Sales'), keyword('sales'), keyword('revenue')],
    summary: 'Matches the persona: title "Head of Sales", keywords "sales" and "revenue".',
  },
  {
    name: 'SVP is not the title VP Sales, but its seniority is VP',
    person: { title: 'SVP Sales', seniority: 'vp' },
    status: 'match',
    matched: [keyword('sales'), seniority('vp')],
    summary: 'Matches the persona: keyword "sales", seniority VP.',
  },
  {
    name: 'Senior Vice President written out is SVP too',
    person: { title: 'Senior Vice President, Sales' },
    status: 'match',
    matched: [keyword('sales')],
    summary: 'Matches the persona: keyword "sales".',
  },
  {
    name: 'EVP with seniority VP',
    person: { title: 'EVP, Revenue', seniority: 'vp' },
    status: 'match',
    matched: [keyword('revenue'), seniority('vp')],
    summary: 'Matches the persona: keyword "revenue", seniority VP.',
  },
  {
    name: 'a CRO',
    person: { title: 'Chief Revenue Officer', seniority: 'c_level' },
    status: 'match',
    matched: [keyword('revenue'), seniority('c_level')],
    summary: 'Matches the persona: keyword "revenue", seniority C-level.',
  },
  {
    name: 'a CEO, by seniority alone',
    person: { title: 'CEO & Co-Founder', seniority: 'c_level' },
    status: 'match',
    matched: [seniority('c_level')],
    summary: 'Matches the persona: seniority C-level.',
  },
  {
    name: 'a head of another department, by seniority alone',
    person: { title: 'Head of Marketing', seniority: 'head' },
    status: 'match',
    matched: [seniority('head')],
    summary: 'Matches the persona: seniority Head.',
  },
  {
    name: 'a two-word keyword',
    person: { title: 'Business Development Manager', seniority: 'manager' },
    status: 'match',
    matched: [keyword('business development')],
    summary: 'Matches the persona: keyword "business development".',
  },
  {
    name: 'headline parts: "Head" and "Sales" in different parts are not Head of Sales',
    person: { title: 'Head | Sales Advisor' },
    status: 'match',
    matched: [keyword('sales')],
    summary: 'Matches the persona: keyword "sales".',
  },
  {
    name: '"Recruiting" is not "Recruiter"',
    person: { title: 'Head of Sales Recruiting' },
    status: 'match',
    matched: [title('Head of Sales'), keyword('sales')],
    summary: 'Matches the persona: title "Head of Sales", keyword "sales".',
  },
  {
    name: '"Internal" is not "Intern"',
    person: { title: 'Internal Sales Manager', seniority: 'manager' },
    status: 'match',
    matched: [keyword('sales')],
    summary: 'Matches the persona: keyword "sales".',
  },
  {
    name: '"International" is not "Intern" either',
    person: { title: 'International Business Development Director', seniority: 'director' },
    status: 'match',
    matched: [keyword('business development'), seniority('director')],
    summary: 'Matches the persona: keyword "business development", seniority Director.',
  },

  // Other languages, through the keywords.
  {
    name: 'French',
    person: { title: 'Directeur des Ventes', seniority: 'director' },
    status: 'match',
    matched: [keyword('ventes'), seniority('director')],
    summary: 'Matches the persona: keyword "ventes", seniority Director.',
  },
  {
    name: 'French, accented, feminine',
    person: { title: 'Directrice Commerciale & Ventes – Région Île-de-France' },
    status: 'match',
    matched: [keyword('ventes')],
    summary: 'Matches the persona: keyword "ventes".',
  },
  {
    name: 'Spanish',
    person: { title: 'Director de Ventas LATAM' },
    status: 'match',
    matched: [keyword('ventas')],
    summary: 'Matches the persona: keyword "ventas".',
  },
  {
    name: 'Portuguese',
    person: { title: 'Diretora de Vendas' },
    status: 'match',
    matched: [keyword('vendas')],
    summary: 'Matches the persona: keyword "vendas".',
  },
  {
    name: 'Turkish',
    person: { title: 'Satış Müdürü' },
    status: 'match',
    matched: [keyword('satış')],
    summary: 'Matches the persona: keyword "satış".',
  },
  {
    name: 'Turkish in capitals (dotted İ, dotless ı)',
    person: { title: 'SATIŞ DİREKTÖRÜ' },
    status: 'match',
    matched: [keyword('satış')],
    summary: 'Matches the persona: keyword "satış".',
  },
  {
    name: 'Turkish typed without its letters',
    person: { title: 'Satis Direktoru' },
    status: 'match',
    matched: [keyword('satış')],
    summary: 'Matches the persona: keyword "satış".',
  },
  {
    name: 'German',
    person: { title: 'Leiter Vertrieb DACH', seniority: 'head' },
    status: 'match',
    matched: [keyword('vertrieb'), seniority('head')],
    summary: 'Matches the persona: keyword "vertrieb", seniority Head.',
  },
  {
    name: 'Dutch',
    person: { title: 'Hoofd Verkoop Benelux' },
    status: 'match',
    matched: [keyword('verkoop')],
    summary: 'Matches the persona: keyword "verkoop".',
  },
  {
    name: 'Italian',
    person: { title: 'Responsabile Vendite Italia' },
    status: 'match',
    matched: [keyword('vendite')],
    summary: 'Matches the persona: keyword "vendite".',
  },
  {
    name: 'Japanese, by seniority alone',
    person: { title: '営業部長', seniority: 'director' },
    status: 'match',
    matched: [seniority('director')],
    summary: 'Matches the persona: seniority Director.',
  },
  {
    name: 'a German compound is one word: "Vertriebsleiter" is not "vertrieb"',
    person: { title: 'Vertriebsleiter' },
    status: 'no_match',
    summary: NO_MATCH,
  },

  // Exclusions beat matches.
  {
    name: 'a sales recruiter',
    person: { title: 'Sales Recruiter' },
    status: 'excluded',
    matched: [keyword('sales')],
    excludedBy: [title('Recruiter')],
    summary: 'Excluded: title contains "Recruiter".',
  },
  {
    name: 'a recruiter',
    person: { title: 'Technical Recruiter', seniority: 'senior' },
    status: 'excluded',
    excludedBy: [title('Recruiter')],
    summary: 'Excluded: title contains "Recruiter".',
  },
  {
    name: 'talent acquisition, hiring for sales',
    person: { title: 'Talent Acquisition Partner, Sales Hiring' },
    status: 'excluded',
    matched: [keyword('sales')],
    excludedBy: [title('Talent Acquisition')],
    summary: 'Excluded: title contains "Talent Acquisition".',
  },
  {
    name: 'an intern, by title and seniority',
    person: { title: 'Sales Intern', seniority: 'entry' },
    status: 'excluded',
    matched: [keyword('sales')],
    excludedBy: [title('Intern'), seniority('entry')],
    summary: 'Excluded: title contains "Intern", seniority Entry level.',
  },
  {
    name: 'the assistant of a wanted title',
    person: { title: 'Executive Assistant to the VP Sales' },
    status: 'excluded',
    matched: [title('VP Sales'), keyword('sales')],
    excludedBy: [keyword('assistant')],
    summary: 'Excluded: title contains "assistant".',
  },
  {
    name: 'a sales assistant at entry level',
    person: { title: 'Sales Assistant', seniority: 'entry' },
    status: 'excluded',
    matched: [keyword('sales')],
    excludedBy: [keyword('assistant'), seniority('entry')],
    summary: 'Excluded: title contains "assistant", seniority Entry level.',
  },
  {
    name: 'an entry-level seller with a wanted keyword',
    person: { title: 'Business Development Representative', seniority: 'entry' },
    status: 'excluded',
    matched: [keyword('business development')],
    excludedBy: [seniority('entry')],
    summary: 'Excluded: seniority Entry level.',
  },
  {
    name: 'three exclusions',
    person: { title: 'Recruiting Intern & Talent Acquisition Assistant' },
    status: 'excluded',
    excludedBy: [title('Intern'), title('Talent Acquisition'), keyword('assistant')],
    summary: 'Excluded: title contains "Intern", "Talent Acquisition" and "assistant".',
  },

  // Neither wanted nor excluded.
  {
    name: 'an engineer',
    person: { title: 'Software Engineer', seniority: 'senior' },
    status: 'no_match',
    summary: NO_MATCH,
  },
  {
    name: 'a marketing manager',
    person: { title: 'Marketing Manager', seniority: 'manager' },
    status: 'no_match',
    summary: NO_MATCH,
  },
  {
    name: '"Salesforce" is not the word "sales"',
    person: { title: 'Salesforce Administrator' },
    status: 'no_match',
    summary: NO_MATCH,
  },

  // What the page did not show.
  {
    name: 'no title, no seniority',
    person: {},
    status: 'unknown',
    summary: "LinkedIn did not show this person's title.",
  },
  {
    name: 'a blank title',
    person: { title: '  \n ' },
    status: 'unknown',
    summary: "LinkedIn did not show this person's title.",
  },
  {
    name: 'no title, a wanted seniority',
    person: { seniority: 'vp' },
    status: 'match',
    matched: [seniority('vp')],
    summary: 'Matches the persona: seniority VP.',
  },
  {
    name: 'no title, another seniority',
    person: { seniority: 'manager' },
    status: 'no_match',
    summary: NO_MATCH,
  },
  {
    name: 'no title, an excluded seniority',
    person: { seniority: 'entry' },
    status: 'excluded',
    excludedBy: [seniority('entry')],
    summary: 'Excluded: seniority Entry level.',
  },
];

describe('personaFit with the sample persona', () => {
  it('has 40 cases or more', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(CASES)('$name -> $status', ({ person, status, matched = [], excludedBy = [], summary }) => {
    expect(personaFit(person, SAMPLE_PERSONA)).toEqual({ status, matched, excludedBy, summary });
  });
});

function persona(rules: Partial<Persona>): Persona {
  return {
    titles: [],
    excludedTitles: [],
    keywords: [],
    excludedKeywords: [],
    seniority: [],
    excludedSeniority: [],
    ...rules,
  };
}

describe('personaFit', () => {
  it('says there is no persona when the ICP has none, whoever the person is', () => {
    const expected = {
      status: 'no_persona',
      matched: [],
      excludedBy: [],
      summary: 'The ICP has no persona to compare this person with.',
    };
    expect(personaFit({ title: 'VP Sales', seniority: 'vp' }, undefined)).toEqual(expected);
    expect(personaFit({}, undefined)).toEqual(expected);
  });

  it('matches titles as whole phrases, ignoring case, accents and abbreviations', () => {
    const vpSales = persona({ titles: ['VP Sales'] });
    expect(personaFit({ title: 'Vice President, Sales' }, vpSales).status).toBe('match');
    expect(personaFit({ title: 'VP of Sales, North America' }, vpSales).status).toBe('match');
    expect(personaFit({ title: 'SVP Sales' }, vpSales)).toEqual({
      status: 'no_match',
      matched: [],
      excludedBy: [],
      summary: NO_MATCH,
    });
    expect(personaFit({ title: 'EVP Sales' }, vpSales).status).toBe('no_match');
    expect(personaFit({ title: 'Sales VP' }, vpSales).status).toBe('no_match');

    const french = persona({ titles: ['Vice-Président Ventes', 'Directeur Commercial'] });
    expect(personaFit({ title: 'VICE PRESIDENT VENTES' }, french).matched).toEqual([
      title('Vice-Président Ventes'),
    ]);
    expect(personaFit({ title: 'Directeur commercial France' }, french).matched).toEqual([
      title('Directeur Commercial'),
    ]);

    const senior = persona({ titles: ['Senior Manager, Sales Operations'] });
    expect(personaFit({ title: 'Sr. Mgr. Sales Ops' }, senior).status).toBe('match');
  });

  it('does not read keywords inside longer words', () => {
    const ai = persona({ keywords: ['AI'] });
    expect(personaFit({ title: 'Head of AI-powered Sales' }, ai).status).toBe('match');
    expect(personaFit({ title: 'Email Marketing Lead' }, ai).status).toBe('no_match');
  });

  it('lists a rule once, even when the persona repeats it', () => {
    const repeated = persona({ keywords: ['sales', 'Sales'], titles: ['VP Sales', 'vp sales'] });
    expect(personaFit({ title: 'VP Sales' }, repeated).matched).toEqual([
      title('VP Sales'),
      keyword('sales'),
    ]);
  });

  it('reads a persona whose lists are missing (stored before they were filled)', () => {
    const partial = { seniority: ['vp'] } as unknown as Persona;
    expect(personaFit({ title: 'VP Sales', seniority: 'vp' }, partial).status).toBe('match');
    expect(personaFit({ title: 'VP Sales' }, partial).status).toBe('no_match');
  });

  it('never throws, and leaves the persona as it was', () => {
    const frozen = structuredClone(SAMPLE_PERSONA);
    const before = JSON.stringify(frozen);
    for (const odd of ODD_STRINGS) {
      const fit = personaFit({ title: odd }, frozen);
      expect(['match', 'excluded', 'no_match', 'unknown']).toContain(fit.status);
      expect(fit.summary).toMatch(/\.$/);
      const oddPersona = persona({
        titles: [odd],
        excludedTitles: [odd],
        keywords: [odd],
        excludedKeywords: [odd],
      });
      expect(() => personaFit({ title: 'VP Sales (*+?[', seniority: 'vp' }, oddPersona)).not.toThrow();
    }
    expect(JSON.stringify(frozen)).toBe(before);
    expect(personaFit(undefined as never, frozen).status).toBe('unknown');
    expect(personaFit({ title: 'VP Sales' }, { titles: 'VP Sales' } as unknown as Persona).status).toBe(
      'no_match',
    );
  });
});
