import type { COMPANY_TYPES } from '@/lib/signals/vocabulary';

export type CompanyType = (typeof COMPANY_TYPES)[number];

/** Languages whose LinkedIn "Company type" labels we know; add one by adding its table below. */
type LabelLanguage = 'en';

/**
 * LinkedIn's labels for each company type, per interface language. English is the only language
 * whose exact labels we are sure of; a wrong label would silently misread pages, so others wait
 * until they are checked against real pages. The API's enum spellings (PRIVATELY_HELD) are
 * included because embedded page data uses them.
 */
const COMPANY_TYPE_LABELS: Record<LabelLanguage, Record<CompanyType, readonly string[]>> = {
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
};

const MAX_LABEL_LENGTH = 60;

/** Case, spaces, hyphens and underscores do not matter: "Non-profit" = "Non Profit" = "NON_PROFIT". */
function labelKey(text: string): string {
  return text
    .replace(/\p{Cf}/gu, '')
    .toLowerCase()
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
