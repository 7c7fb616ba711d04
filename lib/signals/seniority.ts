import type { SENIORITIES } from '@/lib/signals/vocabulary';

export type Seniority = (typeof SENIORITIES)[number];
type Level = Exclude<Seniority, 'other'>;
type Language = 'en' | 'de' | 'fr' | 'es' | 'pt' | 'tr' | 'nl' | 'it';

/**
 * Seniority from a job title, in the eight interface languages Fitcheck reads.
 *
 * Titles are compared after `normalizeTitle`: lower case, accents and Turkish dotless i folded,
 * every run of punctuation a single space ("Co-Founder & CEO" reads "co founder and ceo"). Each
 * pattern below is a regular expression over that text and only matches whole words. Every
 * level's patterns are tried and the most senior level found wins ("Senior Director" is a
 * director, "VP, Head of Sales" a vp). A mention that names someone else's role is ignored:
 * "Assistant to the CEO", "Office of the CEO", "Assistentin der Geschäftsführung", "Genel Müdür
 * Asistanı" (see DEPENDENT_BEFORE / DEPENDENT_AFTER).
 *
 * Decisions where usage varies:
 * - "Team Lead" / "Teamleiter" / "Chef de projet" / "Jefe de proyecto" lead a team: manager. A bare
 *   "Lead" ("Lead Engineer", "Tech Lead") is senior; "Lead Generation" is not a level.
 * - "Associate" is not a level: it is an entry role in retail, a mid-level one in banking and
 *   consulting. "Associate Director" is still a director, by its other word.
 * - "General Manager" / "Gerente General" / "Genel Müdür" and "Executive Director" / "Director
 *   Ejecutivo" / "Diretor Executivo" run the company: c_level (in banks "Executive Director" is a
 *   rank below; the title does not say which).
 * - "Responsable" (fr/es) is head, "Responsabile" (it) manager, as the brief's tables say.
 * - "Owner" is c_level except for role owners ("Product Owner", "Process Owner": other).
 * - "Partner" is c_level alone or as Managing/Founding/General Partner, not in "Partner Manager".
 * - "Student" / "Werkstudent" / "Graduate" are entry.
 */
const RULES: Record<Level, Record<Language, readonly string[]>> = {
  c_level: {
    en: [
      'ceo|cto|cfo|coo|cmo|cio|ciso|cpo|chro|cdo|cco|cso|cao',
      'cro(?! (?:specialist|manager|analyst|consultant|expert|strategist|lead|agency))',
      'chief(?: [a-z0-9]+){1,4} officer',
      'co ?founder|founder(?! s(?: |$))|founding partner|managing partner|general partner|^partner$',
      '(?<!vice )president',
      '(?<!(?:product|process|service|data|risk|system|account|control|platform|technical|application|budget|feature|content|asset) )owner',
      'managing director|general manager|executive director',
    ],
    de: [
      'gesch(?:a|ae)ftsf(?:u|ue)hr(?:er|erin|ender|ende|ung)',
      'gesch(?:a|ae)ftsleitung|mitglied der gesch(?:a|ae)fts(?:f(?:u|ue)hrung|leitung)',
      'vorstand|vorstandsvorsitzender?|vorsitzender?',
      'inhaber(?:in)?|(?:mit)?(?:be)?gr(?:u|ue)nder(?:in)?|pr(?:a|ae)sident(?:in)?',
    ],
    fr: [
      'pdg|directeur general|directrice generale',
      '(?:co ?)?fondat(?:eur|rice)|(?<!vice )presidente?|proprietaire',
    ],
    es: [
      'director[a]? general|directora? ejecutiv[oa]|gerente general|consejer[oa] delegad[oa]',
      '(?:co ?)?fundador[a]?|(?<!vice )president[ae]|propietari[oa]|duen[oa]',
      'soci[oa] (?:fundador[a]?|director[a]?|gerente|administrador[a]?)',
    ],
    pt: [
      'diretor(?:a| a)? (?:executiv[oa](?: a)?|geral|president[ae])|gerente geral',
      '(?:co ?)?fundador[a]?|(?<!vice )president[ae]|propriet(?:a|ar)i[oa]|don[oa]',
      'soci[oa] (?:fundador[a]?|diretor[a]?|gerente|administrador[a]?)',
    ],
    tr: [
      'genel mudur(?:u)?(?! yardimcisi)|(?:yonetim|icra) kurulu baskani|baskan(?! yardimcisi)',
      'kurucu(?:su)?(?: ortak)?|ortak kurucu|sahibi',
    ],
    nl: [
      'algemeen direct(?:eur|rice)|statutair (?:directeur|bestuurder)',
      'eigenaar|(?:mede ?)?oprichter|(?<!vice ?)voorzitter',
    ],
    it: [
      'amministrat(?:ore|rice) (?:delegat[oa]|unic[oa])|dirett(?:ore|rice) generale',
      '(?:co ?)?fondat(?:ore|rice)|(?<!vice ?)president[ea]|titolare|proprietari[oa]',
    ],
  },
  vp: {
    en: ['vp|svp|evp|vice president'],
    de: ['vizepr(?:a|ae)sident(?:in)?'],
    fr: ['vice presidente?'],
    es: ['vice ?president[ae]'],
    pt: ['vice ?president[ae]'],
    tr: ['baskan yardimcisi|genel mudur yardimcisi'],
    nl: ['vice ?voorzitter'],
    it: ['vice ?president[ea]'],
  },
  head: {
    en: ['head'],
    de: [
      '(?!(?:team|projekt|gruppen|schicht|filial|bau|objekt)leiter|halbleiter|begleiter|wegbegleiter)[a-z]*leiter(?:in|innen)?',
      '(?!(?:team|projekt|gruppen)leitung|einleitung|anleitung|ableitung|weiterleitung)[a-z]*leitung',
    ],
    fr: ['responsable'],
    es: ['jef[ea](?! de (?:proyectos?|equipo|turno|obra|tienda))'],
    pt: ['chefe|responsavel|(?<!takim |ekip )lider(?! de (?:equipe|equipo|time))'],
    tr: ['baskani|(?<!takim |ekip )lideri'],
    nl: ['[a-z]*hoofd'],
    it: ['capo(?! (?:progetto|squadra|reparto|turno))'],
  },
  director: {
    en: ['director|sub ?director'],
    de: ['direktor(?:in|u)?'],
    fr: ['direct(?:eur|rice)'],
    es: ['directora?|subdirectora?'],
    pt: ['diretora?|superintendente|dirigente'],
    tr: ['direktor(?:u)?'],
    nl: ['directeur'],
    it: ['dirett(?:ore|rice)'],
  },
  manager: {
    en: ['[a-z]*manager|mgr|supervisor|team ?lead(?:er)?'],
    de: ['managerin|(?:team|projekt|gruppen|schicht|filial|bau|objekt)(?:leiter(?:in)?|leitung)'],
    fr: ['gestionnaire|gerante?|chef (?:de projet|de produit|de service|de rayon|de secteur|d equipe)'],
    es: ['gerente|supervisora?|jef[ea] de (?:proyectos?|equipo|turno|obra|tienda)|lider de equipo'],
    pt: ['lider de (?:equipe|time)'],
    tr: ['(?<!genel )mudur(?:u)?(?! yardimcisi)|yonetici(?:si)?|(?:takim|ekip) lideri|sef(?:i)?'],
    nl: ['teamleid(?:er|ster)|leidinggevende|bedrijfsleider'],
    it: ['responsabile|capo (?:progetto|squadra|reparto|turno)'],
  },
  senior: {
    en: [
      'senior|sr|snr|principal',
      'lead(?! (?:generation|gen|development|qualification|nurturing|management|scoring|research))',
      'staff(?= (?:[a-z]+ )?(?:engineer|developer|scientist|designer|architect|researcher))',
    ],
    de: [],
    fr: [],
    es: [],
    pt: [],
    tr: ['kidemli'],
    nl: [],
    it: [],
  },
  entry: {
    en: ['intern|internship|trainee|junior|jr|graduate|apprentice|student|working student|entry level'],
    de: ['werkstudent(?:in)?|praktikant(?:in)?|auszubildender?|azubi|volont(?:a|ae)r(?:in)?|studentin'],
    fr: ['stagiaire|alternante?|apprentie?|etudiante?'],
    es: ['becari[oa]|practicante|pasante|estudiante'],
    pt: ['estagiari[oa]|estagio|aprendiz|estudante'],
    tr: ['stajyer(?:i)?|ogrenci(?:si)?|uzman yardimcisi|yeni mezun'],
    nl: ['stagiaire?|afstudeerder'],
    it: ['stagista|tirocinante|apprendista|studente(?:ssa)?'],
  },
};

/** Most senior first: the order of SENIORITIES. */
const LEVELS: readonly Level[] = ['c_level', 'vp', 'head', 'director', 'manager', 'senior', 'entry'];

/** A role named after these words is someone else's: "to the CEO", "der Geschäftsführung". */
const DEPENDENT_BEFORE = new RegExp(
  `(?:^| )((?:${[
    'to(?: the)?|of(?: the)?|for(?: the)?|from the',
    'des|der|dem|den|fur(?: die| den)?|zum|zur|beim|vom|an (?:den|die)',
    'du|de(?: la| l| los| las)?|des|au|aux|aupres (?:du|de la)|pour (?:le|la)',
    'del|al|a la|para (?:el|la|o|a)',
    'do|da|dos|das|ao',
    'della|dello|dell|dei|alla|allo|di|per (?:il|la)',
    'van(?: de| het)?|voor(?: de)?|aan de|bij de',
  ].join('|')})) $`,
);
/** An executive title followed by these words names that executive's staff: "CEO Assistant". */
const DEPENDENT_AFTER =
  /^ (?:assistant|assistante|assistent|assistentin|assistenz|asistente|assistente|asistan|asistani|sekreter|sekreteri|secretary|office|buro|bureau|ofisi)(?: |$)/;
/** Words that may join two roles of one dependent phrase: "to the CEO and Founder". */
const JOINED = /^ (?:(?:and|und|et|y|e|ve|en|ed|or|oder|ou|o) )?$/;

const PLACEHOLDERS = new Set([
  'n a',
  'na',
  'none',
  'null',
  'undefined',
  'nil',
  'tbd',
  'unknown',
  'linkedin member',
]);
const MAX_TITLE_LENGTH = 200;

const LEVEL_PATTERNS: ReadonlyMap<Level, RegExp> = new Map(
  LEVELS.map((level) => {
    const alternatives = Object.values(RULES[level]).flat();
    return [level, new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu')];
  }),
);

/** The matching key of a title: case, accents, punctuation and spacing do not matter. */
export function normalizeTitle(title: string): string {
  return title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .replace(/ß/g, 'ss')
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The seniority a job title states: `other` for a real title of no level ("Account Executive"),
 * undefined for text that is no title at all (empty, masked "*** ****", symbols, placeholders).
 */
export function seniorityFromTitle(title: string): Seniority | undefined {
  if (title.length > MAX_TITLE_LENGTH || /\*{2,}/.test(title)) return undefined;
  const text = normalizeTitle(title);
  if ((text.match(/\p{L}/gu) ?? []).length < 2 || PLACEHOLDERS.has(text)) return undefined;
  const found = new Set(ownMentions(text).map((mention) => mention.level));
  return LEVELS.find((level) => found.has(level)) ?? 'other';
}

interface Mention {
  level: Level;
  start: number;
  end: number;
}

/** Every level mention in the title, in reading order, minus those that name someone else's role. */
function ownMentions(text: string): Mention[] {
  const mentions: Mention[] = [];
  for (const [level, pattern] of LEVEL_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      mentions.push({ level, start: match.index, end: match.index + match[0].length });
    }
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const own: Mention[] = [];
  let dependentEnd = -1;
  for (const mention of mentions) {
    const inDependentPhrase =
      mention.start < dependentEnd ||
      (dependentEnd >= 0 && JOINED.test(text.slice(dependentEnd, mention.start))) ||
      DEPENDENT_BEFORE.test(text.slice(0, mention.start));
    if (inDependentPhrase) {
      dependentEnd = Math.max(dependentEnd, mention.end);
      continue;
    }
    const executive = mention.level === 'c_level' || mention.level === 'vp';
    if (executive && DEPENDENT_AFTER.test(text.slice(mention.end))) continue;
    own.push(mention);
  }
  return own;
}
