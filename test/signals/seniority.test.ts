import { describe, expect, it } from 'vitest';
import { normalizeTitle, type Seniority, seniorityFromTitle } from '@/lib/signals/seniority';
import { SENIORITIES } from '@/lib/signals/vocabulary';
import { ODD_STRINGS } from '../helpers/odd-strings';

type Case = [title: string, expected: Seniority];

const ENGLISH: Case[] = [
  ['CEO', 'c_level'],
  ['Co-Founder & CEO', 'c_level'],
  ['Founder', 'c_level'],
  ['Cofounder', 'c_level'],
  ['Chief Executive Officer', 'c_level'],
  ['Chief Revenue Officer', 'c_level'],
  ['Chief Information Security Officer', 'c_level'],
  ['CTO', 'c_level'],
  ['CFO', 'c_level'],
  ['COO', 'c_level'],
  ['CRO', 'c_level'],
  ['CMO', 'c_level'],
  ['CIO', 'c_level'],
  ['CISO', 'c_level'],
  ['President', 'c_level'],
  ['President & CEO', 'c_level'],
  ['Owner', 'c_level'],
  ['Business Owner', 'c_level'],
  ['Managing Director', 'c_level'],
  ['Managing Partner', 'c_level'],
  ['General Manager', 'c_level'],
  ['Executive Director', 'c_level'],
  ['VP Sales', 'vp'],
  ['Vice President of Marketing', 'vp'],
  ['Senior Vice President, Finance', 'vp'],
  ['SVP Engineering', 'vp'],
  ['EVP, Global Sales', 'vp'],
  ['VP, Head of Sales', 'vp'],
  ['Head of Sales', 'head'],
  ['Head of Revenue Operations', 'head'],
  ['Director, Head of Partnerships', 'head'],
  ['Director of Sales Development', 'director'],
  ['Senior Director, Product', 'director'],
  ['Associate Director', 'director'],
  ['Sales Director EMEA', 'director'],
  ['Sales Manager', 'manager'],
  ['Senior Manager, Customer Success', 'manager'],
  ['Sr. Manager', 'manager'],
  ['Team Lead', 'manager'],
  ['Team Leader, Inside Sales', 'manager'],
  ['Supervisor', 'manager'],
  ['Senior Account Executive', 'senior'],
  ['Sr. Software Engineer', 'senior'],
  ['Principal Engineer', 'senior'],
  ['Staff Software Engineer', 'senior'],
  ['Lead Engineer', 'senior'],
  ['Tech Lead', 'senior'],
  ['Software Engineering Intern', 'entry'],
  ['Sales Intern', 'entry'],
  ['Junior Account Executive', 'entry'],
  ['Jr. Developer', 'entry'],
  ['Graduate Trainee', 'entry'],
  ['Apprentice Electrician', 'entry'],
  ['Account Executive', 'other'],
  ['Software Engineer', 'other'],
  ['Sales Development Representative', 'other'],
  ['Associate', 'other'],
  ['Product Owner', 'other'],
  ['Lead Generation Specialist', 'other'],
  ['Staff Accountant', 'other'],
  ['Chief of Staff', 'other'],
  ['Partner Account Executive', 'other'],
  ['CRO Specialist', 'other'],
];

/** Roles that name someone else's level: never that level. */
const DEPENDENT: Case[] = [
  ['Assistant to the CEO', 'other'],
  ['Executive Assistant to the CEO', 'other'],
  ['Executive Assistant to the CEO & Founder', 'other'],
  ['Office of the CEO', 'other'],
  ['Chief of Staff to the CEO', 'other'],
  ['Advisor to the Managing Director', 'other'],
  ['Assistant to the General Manager', 'other'],
  ['Assistant to the VP of Sales', 'other'],
  ['CEO Assistant', 'other'],
  ['Head of the CEO Office', 'head'],
  ['Intern in the Office of the President', 'entry'],
  ['Assistentin der Geschäftsführung', 'other'],
  ['Assistenz des Vorstands', 'other'],
  ['Assistante du Directeur Général', 'other'],
  ['Asistente del Director General', 'other'],
  ['Assistente do CEO', 'other'],
  ['Assistente dell’Amministratore Delegato', 'other'],
  ['Assistent van de directeur', 'other'],
  ['Genel Müdür Asistanı', 'other'],
];

const GERMAN: Case[] = [
  ['Geschäftsführer', 'c_level'],
  ['Geschäftsführerin', 'c_level'],
  ['Geschaeftsfuehrer', 'c_level'],
  ['Geschäftsführender Gesellschafter', 'c_level'],
  ['Mitglied der Geschäftsleitung', 'c_level'],
  ['Vorstand Finanzen', 'c_level'],
  ['Inhaberin', 'c_level'],
  ['Gründer & Geschäftsführer', 'c_level'],
  ['Mitgründerin', 'c_level'],
  ['Vizepräsident Vertrieb', 'vp'],
  ['Vizepräsidentin', 'vp'],
  ['Leiter Vertrieb', 'head'],
  ['Leiterin Vertrieb DACH', 'head'],
  ['Leiter:in Marketing', 'head'],
  ['Bereichsleiter IT', 'head'],
  ['Abteilungsleiterin Einkauf', 'head'],
  ['Vertriebsleiter', 'head'],
  ['Leitung Personal', 'head'],
  ['Direktor Vertrieb', 'director'],
  ['Direktorin Marketing', 'director'],
  ['Teamleiter Inside Sales', 'manager'],
  ['Teamleiterin', 'manager'],
  ['Projektleiter (m/w/d)', 'manager'],
  ['Key Account Managerin', 'manager'],
  ['Senior Berater', 'senior'],
  ['Werkstudent Vertrieb', 'entry'],
  ['Werkstudentin Marketing', 'entry'],
  ['Praktikant', 'entry'],
  ['Praktikantin Personal', 'entry'],
  ['Auszubildender Industriekaufmann', 'entry'],
  ['Vertriebsmitarbeiter', 'other'],
  ['Halbleiter-Ingenieur', 'other'],
  ['Sachbearbeiterin', 'other'],
];

const FRENCH: Case[] = [
  ['PDG', 'c_level'],
  ['Président-directeur général', 'c_level'],
  ['Directeur général', 'c_level'],
  ['Directrice générale adjointe', 'c_level'],
  ['Fondateur', 'c_level'],
  ['Co-fondatrice', 'c_level'],
  ['Présidente', 'c_level'],
  ['Vice-président Ventes', 'vp'],
  ['Vice-présidente', 'vp'],
  ['Responsable commercial', 'head'],
  ['Responsable des ventes', 'head'],
  ['Directeur commercial', 'director'],
  ['Directrice marketing', 'director'],
  ['Chef de projet', 'manager'],
  ["Chef d'équipe", 'manager'],
  ['Gestionnaire de comptes', 'manager'],
  ['Ingénieur logiciel sénior', 'senior'],
  ['Stagiaire marketing', 'entry'],
  ['Alternant commercial', 'entry'],
  ['Alternante', 'entry'],
  ['Apprentie comptable', 'entry'],
  ['Ingénieur commercial', 'other'],
  ['Chargée de clientèle', 'other'],
];

const SPANISH: Case[] = [
  ['Director General', 'c_level'],
  ['Directora General', 'c_level'],
  ['Consejero Delegado', 'c_level'],
  ['Gerente General', 'c_level'],
  ['Fundadora', 'c_level'],
  ['Cofundador y CEO', 'c_level'],
  ['Presidenta', 'c_level'],
  ['Propietario', 'c_level'],
  ['Vicepresidente de Ventas', 'vp'],
  ['Vicepresidenta', 'vp'],
  ['Jefe de Ventas', 'head'],
  ['Jefa de Marketing', 'head'],
  ['Responsable de Compras', 'head'],
  ['Director Comercial', 'director'],
  ['Directora de Operaciones', 'director'],
  ['Subdirector Financiero', 'director'],
  ['Gerente de Cuentas', 'manager'],
  ['Jefe de Proyecto', 'manager'],
  ['Supervisora de Ventas', 'manager'],
  ['Desarrollador Sénior', 'senior'],
  ['Becario de Marketing', 'entry'],
  ['Becaria', 'entry'],
  ['Practicante de Ventas', 'entry'],
  ['Ejecutivo de Ventas', 'other'],
  ['Ingeniero de Software', 'other'],
];

const PORTUGUESE: Case[] = [
  ['Diretor Executivo', 'c_level'],
  ['Diretora Executiva', 'c_level'],
  ['Diretor(a) Executivo(a)', 'c_level'],
  ['Diretor-Geral', 'c_level'],
  ['Sócio-Fundador', 'c_level'],
  ['Fundadora e CEO', 'c_level'],
  ['Proprietário', 'c_level'],
  ['Vice-presidente de Vendas', 'vp'],
  ['Vice-Presidente', 'vp'],
  ['Líder de Vendas', 'head'],
  ['Chefe de Operações', 'head'],
  ['Responsável Comercial', 'head'],
  ['Diretor Comercial', 'director'],
  ['Diretora de Marketing', 'director'],
  ['Gerente de Contas', 'manager'],
  ['Líder de Equipe', 'manager'],
  ['Analista Sênior', 'senior'],
  ['Estagiário de Vendas', 'entry'],
  ['Estagiária', 'entry'],
  ['Analista Júnior', 'entry'],
  ['Jovem Aprendiz', 'entry'],
  ['Executivo de Contas', 'other'],
  ['Analista de Sistemas', 'other'],
];

const TURKISH: Case[] = [
  ['Genel Müdür', 'c_level'],
  ['Genel Müdürü', 'c_level'],
  ['Kurucu Ortak', 'c_level'],
  ['Kurucu', 'c_level'],
  ['Yönetim Kurulu Başkanı', 'c_level'],
  ['İşletme Sahibi', 'c_level'],
  ['Başkan Yardımcısı', 'vp'],
  ['Genel Müdür Yardımcısı', 'vp'],
  ['Satış Direktörü', 'director'],
  ['Pazarlama Direktörü', 'director'],
  ['Direktör', 'director'],
  ['Satış Müdürü', 'manager'],
  ['İnsan Kaynakları Müdürü', 'manager'],
  ['Müdür', 'manager'],
  ['Takım Lideri', 'manager'],
  ['Satış Şefi', 'manager'],
  ['Kıdemli Yazılım Mühendisi', 'senior'],
  ['Stajyer', 'entry'],
  ['Yazılım Stajyeri', 'entry'],
  ['Satış Temsilcisi', 'other'],
  ['Yazılım Mühendisi', 'other'],
];

const DUTCH: Case[] = [
  ['Algemeen directeur', 'c_level'],
  ['Directeur-eigenaar', 'c_level'],
  ['Eigenaar', 'c_level'],
  ['Oprichter', 'c_level'],
  ['Mede-oprichter', 'c_level'],
  ['Voorzitter', 'c_level'],
  ['Vice-president Sales', 'vp'],
  ['Hoofd Verkoop', 'head'],
  ['Afdelingshoofd', 'head'],
  ['Directeur', 'director'],
  ['Commercieel directeur', 'director'],
  ['Teamleider', 'manager'],
  ['Leidinggevende', 'manager'],
  ['Accountmanager', 'manager'],
  ['Account Manager', 'manager'],
  ['Senior adviseur', 'senior'],
  ['Stagiair', 'entry'],
  ['Stagiaire marketing', 'entry'],
  ['Werkstudent', 'entry'],
  ['Medewerker klantenservice', 'other'],
];

const ITALIAN: Case[] = [
  ['Amministratore delegato', 'c_level'],
  ['Amministratrice Delegata', 'c_level'],
  ['Direttore Generale', 'c_level'],
  ['Fondatore', 'c_level'],
  ['Co-fondatrice', 'c_level'],
  ['Presidente', 'c_level'],
  ['Titolare', 'c_level'],
  ['Vicepresidente', 'vp'],
  ['Vice Presidente Vendite', 'vp'],
  ['Capo del Personale', 'head'],
  ['Direttore Commerciale', 'director'],
  ['Direttrice Marketing', 'director'],
  ['Responsabile Commerciale', 'manager'],
  ['Responsabile', 'manager'],
  ['Capo Progetto', 'manager'],
  ['Sviluppatore Senior', 'senior'],
  ['Stagista', 'entry'],
  ['Tirocinante', 'entry'],
  ['Impiegato amministrativo', 'other'],
  ['Consulente', 'other'],
];

const ALL: Case[] = [
  ...ENGLISH,
  ...DEPENDENT,
  ...GERMAN,
  ...FRENCH,
  ...SPANISH,
  ...PORTUGUESE,
  ...TURKISH,
  ...DUTCH,
  ...ITALIAN,
];

describe('seniorityFromTitle', () => {
  it.each(ALL)('%j -> %s', (title, expected) => {
    expect(seniorityFromTitle(title)).toBe(expected);
  });

  it('has 150 cases or more, covering every level', () => {
    expect(ALL.length).toBeGreaterThanOrEqual(150);
    expect(new Set(ALL.map(([, level]) => level))).toEqual(new Set(SENIORITIES));
  });

  it.each([
    ['ceo', 'c_level'],
    ['  Vice   President ', 'vp'],
    ['HEAD OF SALES', 'head'],
    ['Geschaftsfuhrer', 'c_level'],
    ['DIRECTEUR GENERAL', 'c_level'],
    ['\u200eDirector\u200f', 'director'],
    ['Director\nof Sales', 'director'],
    ['ＣＥＯ', 'c_level'],
    ['GENEL MÜDÜR', 'c_level'],
  ] as Case[])('ignores case, accents and spacing in %j', (title, expected) => {
    expect(seniorityFromTitle(title)).toBe(expected);
  });

  it.each(['Senior', 'Internal Auditor', 'Interior Designer', 'Presidential Historian', 'Directions Clerk'])(
    'matches whole words only: %j',
    (title) => {
      expect(seniorityFromTitle(title)).not.toBe('c_level');
      expect(seniorityFromTitle(title)).not.toBe('entry');
      expect(seniorityFromTitle(title)).not.toBe('director');
    },
  );

  it.each(['', '   ', '*** ****', '**********', 'J*** D**', '—', '123', '😀', '...', 'N/A', 'x'])(
    'gives undefined for text that is no title: %j',
    (title) => {
      expect(seniorityFromTitle(title)).toBeUndefined();
    },
  );

  it('gives undefined for absurdly long text', () => {
    expect(seniorityFromTitle(`CEO ${'x'.repeat(500)}`)).toBeUndefined();
  });

  it('never throws on odd strings', () => {
    for (const text of ODD_STRINGS) {
      expect(() => seniorityFromTitle(text)).not.toThrow();
    }
  });
});

describe('normalizeTitle', () => {
  it.each([
    ['Co-Founder & CEO', 'co founder and ceo'],
    ['Geschäftsführerin', 'geschaftsfuhrerin'],
    ['Başkan Yardımcısı', 'baskan yardimcisi'],
    ['İşletme Sahibi', 'isletme sahibi'],
    ['Leiter:in (m/w/d)', 'leiter in m w d'],
  ])('%j -> %j', (title, expected) => {
    expect(normalizeTitle(title)).toBe(expected);
  });
});
