import type { COMPANY_TYPES } from '@/lib/signals/vocabulary';

export type CompanyType = (typeof COMPANY_TYPES)[number];

/** Interface languages whose LinkedIn "Company type" labels we have; add one by adding its table. */
type LabelLanguage = 'en' | 'de' | 'fr' | 'es' | 'pt' | 'tr' | 'nl' | 'it';

/**
 * LinkedIn's labels for each company type, per interface language: the values of the About card's
 * Type row, which are the options of the page admin's "Organization type" picker. The API's enum
 * spellings (PRIVATELY_HELD) are included because embedded page data uses them. English is checked
 * against real pages; for the other languages the first label is LinkedIn's wording as far as we
 * know it and the rest are plausible variants (a label that never appears costs nothing). No label
 * may name two types, in any language: the tests check that.
 */
export const COMPANY_TYPE_LABELS: Record<LabelLanguage, Record<CompanyType, readonly string[]>> = {
  en: {
    public: ['Public Company', 'PUBLIC_COMPANY'],
    private: ['Privately Held', 'PRIVATELY_HELD'],
    nonprofit: ['Nonprofit', 'Non Profit', 'Non-profit', 'Nonprofit Organization', 'NON_PROFIT'],
    government: ['Government Agency', 'GOVERNMENT_AGENCY'],
    educational: ['Educational', 'Educational Institution', 'EDUCATIONAL', 'EDUCATIONAL_INSTITUTION'],
    partnership: ['Partnership', 'PARTNERSHIP'],
    'self-employed': ['Self-Employed', 'Self Employed', 'SELF_EMPLOYED'],
    'self-owned': ['Self-Owned', 'Self Owned', 'Sole Proprietorship', 'SELF_OWNED'],
  },
  de: {
    public: ['Börsennotiertes Unternehmen'],
    private: ['Privatunternehmen', 'Privat geführt', 'In Privatbesitz'],
    nonprofit: ['Non-Profit-Organisation', 'Nonprofit-Organisation', 'Gemeinnützige Organisation'],
    government: ['Behörde', 'Regierungsbehörde', 'Staatliche Einrichtung'],
    educational: ['Bildungseinrichtung', 'Bildungsinstitution'],
    partnership: ['Personengesellschaft (OHG, KG, GbR etc.)', 'Personengesellschaft'],
    'self-employed': ['Selbstständig', 'Selbständig', 'Freiberuflich'],
    'self-owned': ['Einzelunternehmen (Gewerbe, Freiberufler o. ä.)', 'Einzelunternehmen'],
  },
  fr: {
    public: ['Société cotée en bourse', 'Entreprise publique'],
    private: ['Société civile/Société commerciale/Autres types de sociétés', 'Société privée'],
    nonprofit: ['Organisation à but non lucratif', 'À but non lucratif', 'Non lucratif'],
    government: ['Administration publique', 'Organisme gouvernemental', 'Agence gouvernementale'],
    educational: ['Établissement éducatif', "Établissement d'enseignement"],
    partnership: ['Société de personnes (associés)', 'Société de personnes', 'Partenariat'],
    'self-employed': ['Travailleur indépendant ou profession libérale', 'Travailleur indépendant'],
    'self-owned': ['Entreprise individuelle'],
  },
  es: {
    public: ['Empresa pública', 'Empresa que cotiza en bolsa'],
    private: ['De financiación privada', 'Empresa privada'],
    nonprofit: ['Organización sin ánimo de lucro', 'Organización sin fines de lucro', 'Sin ánimo de lucro'],
    government: ['Organismo gubernamental', 'Administración gubernamental', 'Agencia gubernamental'],
    educational: ['Institución educativa', 'Centro educativo'],
    partnership: ['Asociación', 'Sociedad colectiva'],
    'self-employed': ['Autónomo', 'Trabajador autónomo', 'Trabajador por cuenta propia'],
    'self-owned': ['Empresa individual', 'Empresa propia', 'Empresario individual'],
  },
  pt: {
    public: ['Empresa de capital aberto', 'Capital aberto'],
    private: ['Empresa privada', 'Capital fechado', 'Empresa de capital fechado'],
    nonprofit: ['Organização sem fins lucrativos', 'Sem fins lucrativos'],
    government: ['Órgão governamental', 'Agência governamental', 'Órgão público'],
    educational: ['Instituição de ensino', 'Instituição educacional'],
    partnership: ['Sociedade', 'Sociedade de pessoas', 'Parceria'],
    'self-employed': ['Autônomo', 'Trabalhador autônomo', 'Profissional autônomo'],
    'self-owned': ['Empresa individual', 'Proprietário único', 'Firma individual'],
  },
  tr: {
    public: ['Halka Açık Şirket', 'Halka açık şirket'],
    private: ['Özel Şirket', 'Özel Sektör', 'Özel şirket'],
    nonprofit: ['Kâr Amacı Gütmeyen Kuruluş', 'Kar Amacı Gütmeyen Kuruluş', 'Kâr amacı gütmeyen'],
    government: ['Devlet Kurumu', 'Kamu Kurumu'],
    educational: ['Eğitim Kurumu'],
    partnership: ['Ortaklık', 'Şahıs Ortaklığı'],
    'self-employed': ['Serbest Meslek', 'Serbest Çalışan', 'Kendi İşinin Sahibi'],
    'self-owned': ['Şahıs Şirketi', 'Tek Sahipli Şirket', 'Tek Sahipli İşletme'],
  },
  nl: {
    public: ['Beursgenoteerde onderneming', 'Beursgenoteerd bedrijf'],
    private: ['Particuliere onderneming', 'Privébedrijf'],
    nonprofit: ['Non-profitorganisatie', 'Organisatie zonder winstoogmerk', 'Stichting zonder winstoogmerk'],
    government: ['Overheidsinstelling', 'Overheidsinstantie', 'Overheidsorganisatie'],
    educational: ['Onderwijsinstelling', 'Educatieve instelling'],
    partnership: ['Maatschap', 'Vennootschap onder firma', 'Partnerschap'],
    'self-employed': ['Zelfstandige', 'Zelfstandig', 'Zelfstandig ondernemer'],
    'self-owned': ['Eenmanszaak', 'Eenmansbedrijf'],
  },
  it: {
    public: ['Società quotata in borsa', 'Società pubblica', 'Azienda quotata'],
    private: ['Società privata non quotata', 'Società privata', 'Azienda privata'],
    nonprofit: ['Organizzazione non profit', 'Non profit', 'Senza scopo di lucro', 'Ente non profit'],
    government: ['Ente pubblico', 'Ente governativo', 'Agenzia governativa', 'Pubblica amministrazione'],
    educational: ['Istituto di istruzione', 'Istituto scolastico', 'Istituzione educativa'],
    partnership: ['Società di persone', 'Associazione professionale'],
    'self-employed': ['Lavoratore autonomo', 'Libero professionista', 'Autonomo'],
    'self-owned': ['Ditta individuale', 'Impresa individuale'],
  },
};

/** Longer than any label ("Société civile/Société commerciale/Autres types de sociétés" is 59). */
const MAX_LABEL_LENGTH = 80;

/**
 * Case, spaces, hyphens and underscores do not matter: "Non-profit" = "Non Profit" = "NON_PROFIT".
 * Nor do the apostrophe's form ("d’enseignement") or Turkish dotted and dotless i ("İ" lowercases
 * to "i" plus a combining dot, "AÇIK" to "açik" where the label says "açık").
 */
function labelKey(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\p{Cf}/gu, '')
    .toLowerCase()
    .replace(/\u0307/g, '')
    .replace(/\u0131/g, 'i')
    .replace(/[\u2019\u02bc`\u00b4]/g, "'")
    .replace(/[\s\-\u2010-\u2015_]+/g, '');
}

let labelIndex: ReadonlyMap<string, CompanyType> | undefined;

function buildLabelIndex(): ReadonlyMap<string, CompanyType> {
  const index = new Map<string, CompanyType>();
  for (const labels of Object.values(COMPANY_TYPE_LABELS)) {
    for (const [type, names] of Object.entries(labels) as [CompanyType, readonly string[]][]) {
      for (const name of names) index.set(labelKey(name), type);
    }
  }
  return index;
}

/** The vocabulary's company type from LinkedIn's label ("Privately Held" -> "private"). */
export function normalizeCompanyType(text: string): CompanyType | undefined {
  try {
    if (typeof text !== 'string' || text.length > MAX_LABEL_LENGTH) return undefined;
    labelIndex ??= buildLabelIndex();
    return labelIndex.get(labelKey(text));
  } catch {
    return undefined;
  }
}
