// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  aboutKeyForLabel,
  followersPhrase,
  isOtherCompaniesHeading,
  isPrimaryLocationTag,
  LABEL_LANGUAGES,
  LINKEDIN_LABELS,
  locationsHeadingCount,
  mentionsEmployees,
  mentionsFollowers,
  mentionsMembers,
  normalizeLabel,
} from '@/lib/extractors/linkedin/labels';
import { pageLanguage } from '@/lib/extractors/linkedin/page-language';
import { valuesOf } from '../helpers/signals';
import { parsePage, readLinkedInFixture, extractLinkedInCompany } from '../helpers/fixtures';

const SEEN_AT = '2026-11-23T12:00:00.000Z';

const extract = (file: string, url: string, transform?: (html: string) => string) =>
  extractLinkedInCompany(file, url, SEEN_AT, transform);

/** Every fact each full-size page in another interface language holds, and nothing else. */
const CASES = [
  {
    language: 'de',
    file: 'lang-de-signed-in-waldkern-about.html',
    url: 'https://www.linkedin.com/company/waldkern-software/about/',
    facts: {
      name: 'Waldkern Software',
      linkedinUrl: 'https://www.linkedin.com/company/waldkern-software/',
      linkedinOrgId: '61820447',
      domain: 'waldkern.de',
      industry: 'Softwareentwicklung',
      employeeRange: '1001-5000',
      employeesOnLinkedIn: 1874,
      hqCity: 'Walldorf',
      hqRegion: 'Baden-Württemberg',
      hqCountry: 'DE',
      companyType: 'private',
      foundedYear: 2009,
      specialties: ['Absatzplanung', 'Produktionsplanung', 'Cloud-ERP', 'Lieferkettenanalyse'],
      followers: 2_500_000,
      locationsCount: 3,
    },
  },
  {
    language: 'fr',
    file: 'lang-fr-guest-atelier-lumen.html',
    url: 'https://fr.linkedin.com/company/atelier-lumen',
    facts: {
      name: 'Atelier Lumen',
      linkedinUrl: 'https://www.linkedin.com/company/atelier-lumen/',
      linkedinOrgId: '3308851',
      domain: 'atelier-lumen.fr',
      industry: 'Développement de logiciels',
      employeeRange: '5001-10000',
      employeesOnLinkedIn: 6212,
      hqCity: 'Paris',
      hqRegion: 'Île-de-France',
      hqCountry: 'FR',
      companyType: 'public',
      foundedYear: 1998,
      specialties: [
        'Jumeaux numériques',
        'Éclairage public intelligent',
        'Analyse de données urbaines',
        'Cartographie 3D',
      ],
      followers: 56726,
      locationsCount: 2,
    },
  },
  {
    language: 'es',
    file: 'lang-es-signed-in-meseta-about.html',
    url: 'https://www.linkedin.com/company/meseta-logistica/about/',
    facts: {
      name: 'Meseta Logística',
      linkedinUrl: 'https://www.linkedin.com/company/meseta-logistica/',
      linkedinOrgId: '10488213',
      domain: 'mesetalogistica.es',
      industry: 'Transporte, logística, cadena de suministro y almacenamiento',
      employeeRange: '201-500',
      employeesOnLinkedIn: 312,
      hqCity: 'Madrid',
      hqRegion: 'Comunidad de Madrid',
      hqCountry: 'ES',
      companyType: 'private',
      foundedYear: 2004,
      specialties: ['Transporte frigorífico', 'Última milla', 'Almacenaje', 'Logística inversa'],
      followers: 29000,
      locationsCount: 2,
    },
  },
  {
    language: 'pt',
    file: 'lang-pt-guest-cafezal-pagamentos.html',
    url: 'https://br.linkedin.com/company/cafezal-pagamentos',
    facts: {
      name: 'Cafezal Pagamentos',
      linkedinUrl: 'https://www.linkedin.com/company/cafezal-pagamentos/',
      linkedinOrgId: '72911034',
      domain: 'cafezal.com.br',
      industry: 'Serviços financeiros',
      employeeRange: '51-200',
      employeesOnLinkedIn: 143,
      hqCity: 'São Paulo',
      hqRegion: 'SP',
      hqCountry: 'BR',
      companyType: 'private',
      foundedYear: 2017,
      specialties: ['Pix', 'Maquininhas', 'Antecipação de recebíveis', 'Conciliação financeira'],
      followers: 48390,
      locationsCount: 2,
    },
  },
  {
    language: 'tr',
    file: 'lang-tr-signed-in-bosfor-about.html',
    url: 'https://www.linkedin.com/company/bosfor-yazilim/about/',
    facts: {
      name: 'Bosfor Yazılım',
      linkedinUrl: 'https://www.linkedin.com/company/bosfor-yazilim/',
      linkedinOrgId: '2264519',
      domain: 'bosfor.com.tr',
      industry: 'Bilgi Teknolojileri ve Hizmetleri',
      employeeRange: '10001+',
      employeesOnLinkedIn: 14210,
      hqCity: 'İstanbul',
      hqRegion: 'İstanbul',
      hqCountry: 'TR',
      companyType: 'public',
      foundedYear: 1994,
      specialties: ['Çekirdek bankacılık', 'Siber güvenlik', 'Bulut dönüşümü', 'Yapay zekâ'],
      followers: 12000,
      locationsCount: 2,
    },
  },
  {
    language: 'nl',
    file: 'lang-nl-guest-polderpeil-energie.html',
    url: 'https://nl.linkedin.com/company/polderpeil-energie',
    facts: {
      name: 'Polderpeil Energie',
      linkedinUrl: 'https://www.linkedin.com/company/polderpeil-energie/',
      linkedinOrgId: '44120967',
      industry: 'Opwekking van hernieuwbare energie',
      employeeRange: '201-500',
      employeesOnLinkedIn: 388,
      hqCity: 'Amsterdam',
      hqRegion: 'Noord-Holland',
      hqCountry: 'NL',
      companyType: 'private',
      specialties: ['Windparken', 'Zonneparken', 'Netcongestie', 'Energieopslag'],
      followers: 31208,
      locationsCount: 1,
    },
  },
  {
    language: 'it',
    file: 'lang-it-signed-in-navigli-about-hashed.html',
    url: 'https://www.linkedin.com/company/navigli-design/about/',
    facts: {
      name: 'Navigli Design Studio',
      linkedinUrl: 'https://www.linkedin.com/company/navigli-design/',
      linkedinOrgId: '5590218',
      domain: 'navigli-design.it',
      industry: 'Servizi di design',
      employeeRange: '51-200',
      employeesOnLinkedIn: 97,
      hqCity: 'Milano',
      hqRegion: 'Lombardia',
      hqCountry: 'IT',
      companyType: 'private',
      foundedYear: 2012,
      specialties: ['Design di prodotto', 'Interior design', 'Branding', 'Allestimenti fieristici'],
      followers: 1_200_000,
      locationsCount: 2,
    },
  },
];

function caseFor(language: string): (typeof CASES)[number] {
  const found = CASES.find((c) => c.language === language);
  if (!found) throw new Error(`no ${language} case`);
  return found;
}

describe('linkedInCompanyExtractor over full-size pages in other interface languages', () => {
  it.each(CASES)('$language: $file', ({ file, url, facts }) => {
    expect(valuesOf(extract(file, url))).toEqual(facts);
  });

  it.each(CASES)('$language: keeps evidence for every value', ({ file, url }) => {
    for (const signal of extract(file, url)) {
      expect(signal.evidence).toMatchObject({ url, extractorId: 'linkedin-company', seenAt: SEEN_AT });
      expect(signal.evidence.sourceText.length).toBeGreaterThan(0);
    }
  });

  it.each(CASES)('$language: the page says which language it is in', ({ file, language }) => {
    expect(pageLanguage(parsePage(readLinkedInFixture(file)))).toBe(language);
  });

  it('reads the same facts from the signed-in pages when every class name is hashed', () => {
    const hashClasses = (html: string) => {
      let n = 0;
      return html.replace(/\bclass="[^"]*"/g, () => `class="_h${(n++).toString(36)}x"`);
    };
    for (const { file, url, facts } of CASES.filter((c) => c.file.includes('signed-in'))) {
      expect(valuesOf(extract(file, url, hashClasses)), file).toEqual(facts);
    }
  });

  it('reads the obfuscated Italian page with no semantic hook but data-view-name', () => {
    const html = readLinkedInFixture('lang-it-signed-in-navigli-about-hashed.html');
    const body = html.slice(html.indexOf('<body'));
    expect(body).not.toMatch(/data-test-id|data-control-name|org-top-card|artdeco-card|visually-hidden/);
    expect(body).toMatch(/<dt><h3>/);
    expect(body).toContain('data-view-name="organization-about-card"');
  });

  it('reads Turkish "12B" as twelve thousand only because the page says it is Turkish', () => {
    const { file, url } = caseFor('tr');
    const withoutLang = (html: string) => html.replace('<html lang="tr"', '<html');
    expect(valuesOf(extract(file, url)).followers).toBe(12000);
    expect(valuesOf(extract(file, url, withoutLang)).followers).toBe(12_000_000_000);
  });

  it('tells a block of other companies in the main column by its localized heading alone', () => {
    const { file, url, facts } = caseFor('nl');
    const unknownHeading = (html: string) => html.replace("Gelieerde pagina's", 'Zie ook');
    expect(valuesOf(extract(file, url))).toEqual(facts);
    const leaked = valuesOf(extract(file, url, unknownHeading));
    expect([leaked.foundedYear, leaked.domain]).toEqual([expect.any(Number), 'keel-data.example']);
  });
});

describe('pageLanguage', () => {
  const page = (lang?: string) =>
    parsePage(`<html${lang === undefined ? '' : ` lang="${lang}"`}><body><h1>x</h1></body></html>`);

  it.each([
    ['de', 'de'],
    ['de-DE', 'de'],
    ['de-AT', 'de'],
    ['DE', 'de'],
    [' fr ', 'fr'],
    ['fr-CA', 'fr'],
    ['es-419', 'es'],
    ['pt-BR', 'pt'],
    ['pt_PT', 'pt'],
    ['tr_TR', 'tr'],
    ['tr-TR', 'tr'],
    ['nl-BE', 'nl'],
    ['it', 'it'],
    ['en-US', 'en'],
    ['en', 'en'],
    ['ja-JP', 'en'],
    ['zh-Hans', 'en'],
    ['deu', 'en'],
    ['', 'en'],
  ])('<html lang=%j> is %j', (lang, expected) => {
    expect(pageLanguage(page(lang))).toBe(expected);
  });

  it('is English when the page has no lang attribute', () => {
    expect(pageLanguage(page())).toBe('en');
  });
});

describe('LinkedIn label tables', () => {
  it('have every label kind in every language', () => {
    expect(Object.keys(LINKEDIN_LABELS).sort()).toEqual([...LABEL_LANGUAGES].sort());
    for (const labels of Object.values(LINKEDIN_LABELS)) {
      for (const list of Object.values(labels.about)) expect(list.length).toBeGreaterThan(0);
      for (const kind of [
        'followers',
        'employees',
        'members',
        'otherCompaniesHeadings',
        'primaryLocation',
      ] as const)
        expect(labels[kind].length).toBeGreaterThan(0);
    }
  });

  it('never give one About label two meanings across languages', () => {
    const meanings = new Map<string, Set<string>>();
    for (const labels of Object.values(LINKEDIN_LABELS)) {
      for (const [key, list] of Object.entries(labels.about)) {
        for (const label of list)
          meanings.set(normalizeLabel(label), (meanings.get(normalizeLabel(label)) ?? new Set()).add(key));
      }
    }
    expect([...meanings].filter(([, keys]) => keys.size > 1)).toEqual([]);
  });

  it.each(
    Object.entries(LINKEDIN_LABELS).flatMap(([language, labels]) =>
      Object.entries(labels.about).flatMap(([key, list]) => list.map((label) => [language, label, key])),
    ),
  )('%s About label %j is the %s row', (_language, label, key) => {
    expect(aboutKeyForLabel(label)).toBe(key);
  });
});

describe('aboutKeyForLabel', () => {
  it.each([
    ['Unternehmensgröße:', 'size'],
    ['  BRANCHE  ', 'industry'],
    ['Taille de l’entreprise', 'size'],
    ["Taille de l'entreprise :", 'size'],
    ['Siège\u00a0social', 'headquarters'],
    ['Tamaño\u202fde la empresa', 'size'],
    ['ŞİRKET BÜYÜKLÜĞÜ', 'size'],
    ['Genel Merkez:', 'headquarters'],
    ['Uzmanlık alanları', 'specialties'],
    ['Web sitesi', 'website'],
    ['Kuruluş', 'founded'],
    ['Tür', 'type'],
    ['Sektör', 'industry'],
    ['Dimensioni dell’azienda', 'size'],
    ['Hoofdkantoor', 'headquarters'],
    ['Especializações', 'specialties'],
  ])('%j is the %s row', (label, key) => {
    expect(aboutKeyForLabel(label)).toBe(key);
  });

  it.each(['', 'Über uns', 'Beschäftigte', 'Unternehmensgröße und Umsatz', 'Overview'])(
    '%j is no About row',
    (label) => {
      expect(aboutKeyForLabel(label)).toBeUndefined();
    },
  );
});

describe('mentionsFollowers / mentionsEmployees / mentionsMembers', () => {
  it.each([
    '2,5 Mio. Follower',
    '2,5\u00a0Mio.\u00a0Follower',
    '48.212 Follower:innen',
    '56\u202f726 abonnés',
    '29 mil seguidores',
    '2,5 mi seguidores',
    '12B takipçi',
    '12 B TAKİPÇİ',
    '5 mln volgers',
    '1,2 Mln follower',
    '182K followers',
  ])('%j is a follower count', (text) => {
    expect(mentionsFollowers(text)).toBe(true);
    expect(mentionsEmployees(text)).toBe(false);
  });

  it.each([
    '1.001-5.000 Beschäftigte',
    '10.001+ Mitarbeiter',
    'Alle 1.874 Beschäftigten anzeigen',
    '1\u00a0001-5\u00a0000 employés',
    'Ver los 312 empleados en LinkedIn',
    '51-200 funcionários',
    '10.001+ çalışan',
    '14.210 çalışanın tümünü görün',
    '201-500 medewerkers',
    '51-200 dipendenti',
  ])('%j is about employees', (text) => {
    expect(mentionsEmployees(text)).toBe(true);
    expect(mentionsFollowers(text)).toBe(false);
  });

  it.each([
    '1.874 zugehörige Mitglieder',
    '1 874 membres associés',
    '11 Inclut des membres avec…',
    '312 miembros asociados',
    '143 membros associados',
    '14.210 ilişkili üye',
    "420 LinkedIn'de",
    '388 gekoppelde leden',
    '97 membri associati',
    '4,213 on LinkedIn',
  ])('%j is a members count', (text) => {
    expect(mentionsMembers(text)).toBe(true);
  });

  it.each([
    ['followership 12', mentionsFollowers],
    ['Followerzahl 12', mentionsFollowers],
    ['Beschäftigtenzahl 1.000', mentionsEmployees],
    ['takipçiyi 10.000', mentionsFollowers],
    ['10 çalışanlarımız', mentionsEmployees],
    ['', mentionsMembers],
  ])('%j is no mention', (text, matcher) => {
    expect(matcher(text)).toBe(false);
  });
});

describe('followersPhrase', () => {
  it.each([
    [' 182,405 followers on LinkedIn. Building anvils.', '182,405 followers on LinkedIn'],
    [' 56\u00a0726 abonnés sur LinkedIn. La donnée | Atelier', '56\u00a0726 abonnés sur LinkedIn'],
    [' 2,5 Mio. Follower auf LinkedIn. Software', '2,5 Mio. Follower auf LinkedIn'],
    [' Slogan | 48.390 seguidores no LinkedIn.', '48.390 seguidores no LinkedIn'],
    [' 12.408 takipçi', '12.408 takipçi'],
    [' Analytics for modern finance teams.', undefined],
  ])('%j -> %j', (text, expected) => {
    expect(followersPhrase(text)).toBe(expected);
  });
});

describe('Locations labels', () => {
  it.each([
    ['Standorte (3)', { count: 3 }],
    ['Lieux', {}],
    ['Ubicaciones (2)', { count: 2 }],
    ['Localidades', {}],
    ['Konumlar (12)', { count: 12 }],
    ['Locaties (1)', { count: 1 }],
    ['Sedi (2)', { count: 2 }],
    ['Pagine simili', undefined],
  ])('%j -> %j', (text, expected) => {
    expect(locationsHeadingCount(text)).toEqual(expected);
  });

  it.each(['Hauptsitz', 'Principal', 'principale', 'Birincil', 'Primair', 'Primary'])(
    '%j tags the primary location',
    (text) => {
      expect(isPrimaryLocationTag(text)).toBe(true);
    },
  );

  it.each([
    'Ähnliche Seiten',
    'Andere Besucher sahen sich auch an',
    'Pages similaires',
    'Páginas similares',
    'Páginas semelhantes',
    'Benzer sayfalar',
    "Vergelijkbare pagina's",
    'Vergelijkbare pagina’s',
    'Pagine simili',
    'Altri utenti hanno visualizzato anche',
    'People also viewed',
  ])('%j heads a region about other companies', (text) => {
    expect(isOtherCompaniesHeading(text)).toBe(true);
  });

  it.each(['Überblick', 'Standorte', 'À propos', 'Genel bakış', 'Over ons'])('%j does not', (text) => {
    expect(isOtherCompaniesHeading(text)).toBe(false);
  });
});
