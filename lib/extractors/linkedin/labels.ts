/**
 * LinkedIn's visible labels, per interface language. Extractors anchor on these words (the
 * `dt` text of the About card, the words around top-card numbers) because LinkedIn renames
 * classes about once a year but rarely its labels. Add a language by adding a table, nothing
 * else changes. English and the Turkish About labels are checked against
 * ../shared/reference/page-markup.md (2026-11); the other languages hold LinkedIn's wording as
 * far as we know it, with plausible variants beside it: a label that never appears costs
 * nothing, and matching tries every language whatever the page's.
 */
export type AboutKey =
  | 'website'
  | 'phone'
  | 'industry'
  | 'size'
  | 'headquarters'
  | 'type'
  | 'founded'
  | 'specialties'
  | 'verified'
  | 'locations';

export const LABEL_LANGUAGES = ['en', 'de', 'fr', 'es', 'pt', 'tr', 'nl', 'it'] as const;

export type LabelLanguage = (typeof LABEL_LANGUAGES)[number];

export interface LanguageLabels {
  about: Record<AboutKey, readonly string[]>;
  /** Words that mark a top-card number as a follower count. */
  followers: readonly string[];
  /** Words that mark a number as the company's employees (band or members). */
  employees: readonly string[];
  /** Words that mark a number as members on LinkedIn rather than the declared size band. */
  members: readonly string[];
  /** Headings of page regions that describe other companies (right rail, suggestions). */
  otherCompaniesHeadings: readonly string[];
  /** The tag on the headquarters entry of the Locations list. */
  primaryLocation: readonly string[];
}

/** Labels are written as LinkedIn shows them; matching lowercases them (see normalizeLabel). */
export const LINKEDIN_LABELS: Record<LabelLanguage, LanguageLabels> = {
  en: {
    about: {
      website: ['website'],
      phone: ['phone'],
      industry: ['industry', 'industries'],
      size: ['company size', 'size'],
      headquarters: ['headquarters', 'headquarter'],
      type: ['type', 'company type', 'organization type'],
      founded: ['founded', 'year founded'],
      specialties: ['specialties', 'specialities'],
      verified: ['verified page'],
      locations: ['locations'],
    },
    followers: ['follower', 'followers'],
    employees: ['employee', 'employees'],
    members: ['associated member', 'associated members', 'on linkedin', 'members'],
    otherCompaniesHeadings: [
      'people also viewed',
      'pages people also viewed',
      'similar pages',
      'affiliated pages',
      'showcase pages',
      'add to your feed',
      'browse jobs',
      'people also follow',
    ],
    primaryLocation: ['primary'],
  },
  de: {
    about: {
      website: ['Website', 'Webseite', 'Internetseite'],
      phone: ['Telefon', 'Telefonnummer'],
      industry: ['Branche', 'Branchen'],
      size: ['Unternehmensgröße', 'Größe', 'Firmengröße'],
      headquarters: ['Hauptsitz', 'Firmensitz', 'Unternehmenssitz', 'Zentrale'],
      type: ['Art', 'Typ', 'Unternehmensart', 'Unternehmenstyp', 'Rechtsform'],
      founded: ['Gegründet', 'Gründungsjahr'],
      specialties: ['Spezialgebiete', 'Fachgebiete', 'Schwerpunkte'],
      verified: ['Verifizierte Seite', 'Verifiziert seit', 'Verifiziert'],
      locations: ['Standorte'],
    },
    followers: ['Follower', 'Follower:innen', 'Follower*innen', 'Followern', 'Abonnenten'],
    employees: [
      'Beschäftigte',
      'Beschäftigten',
      'Mitarbeiter',
      'Mitarbeitende',
      'Mitarbeitenden',
      'Mitarbeiter:innen',
      'Mitarbeiter*innen',
      'Angestellte',
    ],
    members: [
      'zugehörige Mitglieder',
      'zugehöriges Mitglied',
      'verbundene Mitglieder',
      'auf LinkedIn',
      'Mitglieder',
      'umfasst Mitglieder',
    ],
    otherCompaniesHeadings: [
      'Ähnliche Seiten',
      'Andere Besucher sahen sich auch an',
      'Andere sahen sich auch an',
      'Mitglieder sahen sich auch an',
      'Verbundene Seiten',
      'Zugehörige Seiten',
      'Showcase-Seiten',
      'Fokusseiten',
      'Zu Ihrem Feed hinzufügen',
      'Zu deinem Feed hinzufügen',
      'Jobs durchsuchen',
      'Andere folgen auch',
    ],
    primaryLocation: ['Hauptsitz', 'Hauptstandort', 'Primär'],
  },
  fr: {
    about: {
      website: ['Site web', 'Site Web', 'Site internet'],
      phone: ['Téléphone'],
      industry: ['Secteur', "Secteur d'activité", 'Secteurs'],
      size: ["Taille de l'entreprise", 'Taille'],
      headquarters: ['Siège social', 'Siège'],
      type: ['Type', "Type d'entreprise"],
      founded: ['Fondée en', 'Fondé en', 'Année de fondation', 'Création'],
      specialties: ['Spécialisations', 'Domaines', "Domaines d'expertise", 'Spécialités'],
      verified: ['Page vérifiée', 'Vérifiée'],
      locations: ['Lieux', 'Emplacements', 'Sites', 'Implantations'],
    },
    followers: ['abonnés', 'abonné', 'abonné(e)s', 'followers'],
    employees: ['employés', 'employé', 'salariés', 'salarié'],
    members: ['membres associés', 'membre associé', 'sur LinkedIn', 'Inclut des membres', 'membres'],
    otherCompaniesHeadings: [
      'Pages similaires',
      'Autres pages consultées',
      'Les internautes ont également consulté',
      'Les membres ont également consulté',
      'Les membres ont aussi consulté',
      'Pages affiliées',
      'Pages vitrines',
      'Pages vitrine',
      'Ajouter à votre fil',
      "Parcourir les offres d'emploi",
      'Les internautes suivent aussi',
    ],
    primaryLocation: ['Principal', 'Principale', 'Siège social'],
  },
  es: {
    about: {
      website: ['Sitio web', 'Página web'],
      phone: ['Teléfono'],
      industry: ['Sector', 'Sectores', 'Industria'],
      size: ['Tamaño de la empresa', 'Tamaño'],
      headquarters: ['Sede', 'Sede central', 'Oficina central'],
      type: ['Tipo', 'Tipo de empresa'],
      founded: ['Fundación', 'Fundada en', 'Año de fundación'],
      specialties: ['Especialidades'],
      verified: ['Página verificada', 'Verificada'],
      locations: ['Ubicaciones', 'Sedes'],
    },
    followers: ['seguidores', 'seguidor'],
    employees: ['empleados', 'empleado', 'trabajadores'],
    members: ['miembros asociados', 'miembro asociado', 'en LinkedIn', 'Incluye miembros', 'miembros'],
    otherCompaniesHeadings: [
      'Páginas similares',
      'Otras personas también han visto',
      'Los usuarios también vieron',
      'Los miembros también vieron',
      'Páginas afiliadas',
      'Páginas de productos',
      'Páginas de escaparate',
      'Añadir a tu feed',
      'Buscar empleos',
      'Ver empleos',
    ],
    primaryLocation: ['Principal', 'Sede principal'],
  },
  pt: {
    about: {
      website: ['Site', 'Website', 'Site da empresa'],
      phone: ['Telefone'],
      industry: ['Setor', 'Setores', 'Indústria'],
      size: ['Tamanho da empresa', 'Tamanho'],
      headquarters: ['Sede'],
      type: ['Tipo', 'Tipo de empresa'],
      founded: ['Fundada em', 'Fundação', 'Ano de fundação'],
      specialties: ['Especializações', 'Especialidades'],
      verified: ['Página verificada', 'Verificada'],
      locations: ['Localidades', 'Locais', 'Localizações'],
    },
    followers: ['seguidores', 'seguidor'],
    employees: ['funcionários', 'funcionário', 'colaboradores', 'empregados'],
    members: ['membros associados', 'membro associado', 'no LinkedIn', 'Inclui membros', 'membros'],
    otherCompaniesHeadings: [
      'Páginas semelhantes',
      'Outras pessoas também viram',
      'Os usuários também viram',
      'Quem viu também viu',
      'Páginas afiliadas',
      'Páginas de demonstração',
      'Adicione ao seu feed',
      'Adicionar ao seu feed',
      'Procurar vagas',
      'Ver vagas',
    ],
    primaryLocation: ['Principal', 'Sede principal'],
  },
  tr: {
    about: {
      website: ['Web sitesi', 'İnternet sitesi'],
      phone: ['Telefon'],
      industry: ['Sektör', 'Endüstri'],
      size: ['Şirket büyüklüğü', 'Büyüklük', 'Şirket boyutu'],
      headquarters: ['Genel Merkez', 'Merkez'],
      type: ['Tür', 'Şirket türü'],
      founded: ['Kuruluş', 'Kuruluş yılı', 'Kurulma'],
      specialties: ['Uzmanlık alanları', 'Uzmanlıklar'],
      verified: ['Doğrulanmış sayfa', 'Onaylanmış sayfa', 'Doğrulandı'],
      locations: ['Konumlar', 'Lokasyonlar'],
    },
    followers: ['takipçi', 'takipçisi', 'takipçiler'],
    employees: ['çalışan', 'çalışanı', 'çalışanın', 'çalışanlar', 'çalışanları', 'personel'],
    members: ['ilişkili üye', 'ilişkili üyeler', "LinkedIn'de", 'LinkedIn üzerinde', 'üye', 'üyeler'],
    otherCompaniesHeadings: [
      'Benzer sayfalar',
      'Kullanıcılar şunları da görüntüledi',
      'Diğer kullanıcıların görüntülediği sayfalar',
      'Bağlı sayfalar',
      'İştirak sayfaları',
      'Vitrin sayfaları',
      'Özet akışınıza ekleyin',
      'Haber akışınıza ekleyin',
      'İş ilanlarına göz atın',
    ],
    primaryLocation: ['Birincil', 'Ana', 'Merkez'],
  },
  nl: {
    about: {
      website: ['Website', 'Webpagina'],
      phone: ['Telefoon', 'Telefoonnummer'],
      industry: ['Sector', 'Branche', 'Bedrijfstak'],
      size: ['Bedrijfsgrootte', 'Grootte'],
      headquarters: ['Hoofdkantoor', 'Hoofdvestiging'],
      type: ['Type', 'Bedrijfstype', 'Soort'],
      founded: ['Opgericht', 'Oprichtingsjaar'],
      specialties: ['Specialismen', 'Specialiteiten', 'Specialisaties'],
      verified: ['Geverifieerde pagina', 'Geverifieerd'],
      locations: ['Locaties', 'Vestigingen'],
    },
    followers: ['volgers', 'volger'],
    employees: ['medewerkers', 'medewerker', 'werknemers', 'werknemer'],
    members: [
      'gekoppelde leden',
      'geassocieerde leden',
      'bijbehorende leden',
      'op LinkedIn',
      'Inclusief leden',
      'leden',
    ],
    otherCompaniesHeadings: [
      "Vergelijkbare pagina's",
      'Anderen bekeken ook',
      'Leden bekeken ook',
      "Gelieerde pagina's",
      "Verbonden pagina's",
      "Showcasepagina's",
      "Showcase-pagina's",
      'Toevoegen aan je feed',
      'Aan je feed toevoegen',
      'Vacatures bekijken',
      'Vacatures doorzoeken',
    ],
    primaryLocation: ['Primair', 'Hoofdlocatie', 'Hoofdvestiging'],
  },
  it: {
    about: {
      website: ['Sito web', 'Sito Web'],
      phone: ['Telefono'],
      industry: ['Settore', 'Settori'],
      size: ["Dimensioni dell'azienda", 'Dimensioni', "Dimensione dell'azienda"],
      headquarters: ['Sede principale', 'Sede centrale', 'Sede'],
      type: ['Tipo', 'Tipologia', 'Tipo di azienda'],
      founded: ['Data di fondazione', 'Fondata nel', 'Anno di fondazione', 'Fondazione'],
      specialties: ['Settori di competenza', 'Specializzazioni', 'Specialità'],
      verified: ['Pagina verificata', 'Verificata'],
      locations: ['Sedi', 'Località'],
    },
    followers: ['follower'],
    employees: ['dipendenti', 'dipendente', 'collaboratori'],
    members: ['membri associati', 'membro associato', 'su LinkedIn', 'Include membri', 'membri'],
    otherCompaniesHeadings: [
      'Pagine simili',
      'Altri utenti hanno visualizzato anche',
      'Gli utenti hanno visualizzato anche',
      'Altre persone hanno visualizzato',
      'Pagine affiliate',
      'Pagine vetrina',
      'Pagine prodotto',
      'Aggiungi al tuo feed',
      'Cerca offerte di lavoro',
      'Visualizza offerte di lavoro',
    ],
    primaryLocation: ['Principale', 'Sede principale'],
  },
};

/** Guest pages name each About row with a data-test-id; these are the real ones (SAP, 2024). */
export const GUEST_ROW_TEST_IDS: Record<string, AboutKey> = {
  'about-us__website': 'website',
  'about-us__industry': 'industry',
  'about-us__size': 'size',
  'about-us__headquarters': 'headquarters',
  'about-us__organizationType': 'type',
  'about-us__foundedOn': 'founded',
  'about-us__specialties': 'specialties',
};

const ALL_LANGUAGES = Object.values(LINKEDIN_LABELS);

/**
 * The matching form of a label: case-insensitive (Turkish "İ" and "ı" read as "i"), spaces of any kind
 * (NBSP, narrow NBSP) collapsed, a trailing colon ignored ("Branche:"), typographic apostrophes
 * read as straight ones ("Taille de l’entreprise").
 */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\p{Cf}/gu, '')
    .toLowerCase()
    .replace(/\u0307/g, '')
    .replace(/\u0131/g, 'i')
    .replace(/[\u2019\u2018\u02bc`\u00b4]/g, "'")
    .replace(/[:\s]+/g, ' ')
    .trim();
}

type LabelPick = (l: LanguageLabels) => readonly string[];

function labelSet(pick: LabelPick): ReadonlySet<string> {
  return new Set(ALL_LANGUAGES.flatMap((language) => pick(language).map(normalizeLabel)));
}

const ABOUT_KEYS = new Map<string, AboutKey>();
for (const language of ALL_LANGUAGES) {
  for (const [key, labels] of Object.entries(language.about) as [AboutKey, readonly string[]][]) {
    for (const label of labels) {
      const wanted = normalizeLabel(label);
      if (!ABOUT_KEYS.has(wanted)) ABOUT_KEYS.set(wanted, key);
    }
  }
}

/** The About row a label names, in any language we have a table for. */
export function aboutKeyForLabel(label: string): AboutKey | undefined {
  return ABOUT_KEYS.get(normalizeLabel(label));
}

/**
 * A word counts when a number or a space comes before it and a space or punctuation after:
 * "2,5 Mio. Follower", "12B takipçi", "1.874 Beschäftigten anzeigen", but not "followership".
 * Lookarounds rather than \b, which only knows ASCII letters.
 */
function mentionPattern(pick: LabelPick): RegExp {
  const words = [...labelSet(pick)].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`(?<=[\\s\\d.,+(])(?:${words.join('|')})(?=[\\s.,:;!?)])`, 'u');
}

const FOLLOWERS = mentionPattern((l) => l.followers);
const EMPLOYEES = mentionPattern((l) => l.employees);
const MEMBERS = mentionPattern((l) => l.members);

function mentions(text: string, pattern: RegExp): boolean {
  return typeof text === 'string' && pattern.test(` ${normalizeLabel(text)} `);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export const mentionsFollowers = (text: string) => mentions(text, FOLLOWERS);
export const mentionsEmployees = (text: string) => mentions(text, EMPLOYEES);
export const mentionsMembers = (text: string) => mentions(text, MEMBERS);

const FOLLOWERS_PHRASE = new RegExp(
  `^[^|]*?(?<=[\\s\\d.,+(])(?:${[...labelSet((l) => l.followers)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?=[\\s.,:;!?)]|$)[^.|]*`,
  'iu',
);

/**
 * The follower phrase of a meta description ("Acme | 182,405 followers on LinkedIn. Building
 * anvils." -> "182,405 followers on LinkedIn", "56 726 abonnés sur LinkedIn"): the first
 * `|`-separated part naming followers, from its start to the end of that sentence.
 */
export function followersPhrase(text: string): string | undefined {
  for (const part of text.split('|')) {
    const phrase = FOLLOWERS_PHRASE.exec(part)?.[0].trim();
    if (phrase) return phrase;
  }
  return undefined;
}

/** "Locations" or "Locations (3)": the heading of the company's own Locations list. */
export function locationsHeadingCount(text: string): { count?: number } | undefined {
  const match = /^(.*?)\s*(?:\((\d+)\))?$/.exec(normalizeLabel(text));
  if (!match || aboutKeyForLabel(match[1] ?? '') !== 'locations') return undefined;
  return match[2] === undefined ? {} : { count: Number(match[2]) };
}

const PRIMARY_TAGS = labelSet((l) => l.primaryLocation);
const OTHER_COMPANIES_HEADINGS = labelSet((l) => l.otherCompaniesHeadings);

export function isPrimaryLocationTag(text: string): boolean {
  return PRIMARY_TAGS.has(normalizeLabel(text));
}

export function isOtherCompaniesHeading(text: string): boolean {
  return OTHER_COMPANIES_HEADINGS.has(normalizeLabel(text));
}
