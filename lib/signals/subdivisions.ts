/**
 * First-level subdivisions that imply their country, for reading headquarters text ("Fairfield,
 * NJ", "Walldorf, Baden-Württemberg"). Data only; the matching lives in location.ts, and country
 * names and aliases in country.ts and country-aliases.ts.
 */

export interface Subdivision {
  /** The postal or official abbreviation LinkedIn and address lines use ("NJ", "ON", "NSW", "SP"). */
  readonly code?: string;
  /** English and local spellings; matching ignores case, accents, dots and hyphens. */
  readonly names: readonly string[];
}

export interface SubdivisionTable {
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  readonly subdivisions: readonly Subdivision[];
}

/** The 50 states and DC, with their USPS codes. Territories are left out: most are countries in ISO. */
const US_STATES: SubdivisionTable = {
  country: 'US',
  subdivisions: [
    { code: 'AL', names: ['Alabama'] },
    { code: 'AK', names: ['Alaska'] },
    { code: 'AZ', names: ['Arizona'] },
    { code: 'AR', names: ['Arkansas'] },
    { code: 'CA', names: ['California'] },
    { code: 'CO', names: ['Colorado'] },
    { code: 'CT', names: ['Connecticut'] },
    { code: 'DE', names: ['Delaware'] },
    { code: 'DC', names: ['District of Columbia', 'Washington DC', 'Washington D.C.'] },
    { code: 'FL', names: ['Florida'] },
    { code: 'GA', names: ['Georgia'] },
    { code: 'HI', names: ['Hawaii', 'Hawaiʻi'] },
    { code: 'ID', names: ['Idaho'] },
    { code: 'IL', names: ['Illinois'] },
    { code: 'IN', names: ['Indiana'] },
    { code: 'IA', names: ['Iowa'] },
    { code: 'KS', names: ['Kansas'] },
    { code: 'KY', names: ['Kentucky'] },
    { code: 'LA', names: ['Louisiana'] },
    { code: 'ME', names: ['Maine'] },
    { code: 'MD', names: ['Maryland'] },
    { code: 'MA', names: ['Massachusetts'] },
    { code: 'MI', names: ['Michigan'] },
    { code: 'MN', names: ['Minnesota'] },
    { code: 'MS', names: ['Mississippi'] },
    { code: 'MO', names: ['Missouri'] },
    { code: 'MT', names: ['Montana'] },
    { code: 'NE', names: ['Nebraska'] },
    { code: 'NV', names: ['Nevada'] },
    { code: 'NH', names: ['New Hampshire'] },
    { code: 'NJ', names: ['New Jersey'] },
    { code: 'NM', names: ['New Mexico'] },
    { code: 'NY', names: ['New York'] },
    { code: 'NC', names: ['North Carolina'] },
    { code: 'ND', names: ['North Dakota'] },
    { code: 'OH', names: ['Ohio'] },
    { code: 'OK', names: ['Oklahoma'] },
    { code: 'OR', names: ['Oregon'] },
    { code: 'PA', names: ['Pennsylvania'] },
    { code: 'RI', names: ['Rhode Island'] },
    { code: 'SC', names: ['South Carolina'] },
    { code: 'SD', names: ['South Dakota'] },
    { code: 'TN', names: ['Tennessee'] },
    { code: 'TX', names: ['Texas'] },
    { code: 'UT', names: ['Utah'] },
    { code: 'VT', names: ['Vermont'] },
    { code: 'VA', names: ['Virginia'] },
    { code: 'WA', names: ['Washington'] },
    { code: 'WV', names: ['West Virginia'] },
    { code: 'WI', names: ['Wisconsin'] },
    { code: 'WY', names: ['Wyoming'] },
  ],
};

const CANADIAN_PROVINCES: SubdivisionTable = {
  country: 'CA',
  subdivisions: [
    { code: 'AB', names: ['Alberta'] },
    { code: 'BC', names: ['British Columbia', 'Colombie-Britannique'] },
    { code: 'MB', names: ['Manitoba'] },
    { code: 'NB', names: ['New Brunswick', 'Nouveau-Brunswick'] },
    { code: 'NL', names: ['Newfoundland and Labrador', 'Newfoundland', 'Terre-Neuve-et-Labrador'] },
    { code: 'NS', names: ['Nova Scotia', 'Nouvelle-Écosse'] },
    { code: 'NT', names: ['Northwest Territories', 'Territoires du Nord-Ouest'] },
    { code: 'NU', names: ['Nunavut'] },
    { code: 'ON', names: ['Ontario'] },
    { code: 'PE', names: ['Prince Edward Island', 'Île-du-Prince-Édouard'] },
    { code: 'QC', names: ['Quebec', 'Québec'] },
    { code: 'SK', names: ['Saskatchewan'] },
    { code: 'YT', names: ['Yukon', 'Yukon Territory'] },
  ],
};

const UK_NATIONS: SubdivisionTable = {
  country: 'GB',
  subdivisions: [
    { names: ['England'] },
    { names: ['Scotland'] },
    { names: ['Wales'] },
    { names: ['Northern Ireland'] },
  ],
};

const AUSTRALIAN_STATES: SubdivisionTable = {
  country: 'AU',
  subdivisions: [
    { code: 'NSW', names: ['New South Wales'] },
    { code: 'VIC', names: ['Victoria'] },
    { code: 'QLD', names: ['Queensland'] },
    { code: 'WA', names: ['Western Australia'] },
    { code: 'SA', names: ['South Australia'] },
    { code: 'TAS', names: ['Tasmania'] },
    { code: 'ACT', names: ['Australian Capital Territory'] },
    { code: 'NT', names: ['Northern Territory'] },
  ],
};

/** No codes: the two-letter Länder abbreviations (BY, BE, HH...) collide with too much else. */
const GERMAN_STATES: SubdivisionTable = {
  country: 'DE',
  subdivisions: [
    { names: ['Baden-Württemberg', 'Baden-Wuerttemberg'] },
    { names: ['Bayern', 'Bavaria'] },
    { names: ['Berlin'] },
    { names: ['Brandenburg'] },
    { names: ['Bremen'] },
    { names: ['Hamburg'] },
    { names: ['Hessen', 'Hesse'] },
    { names: ['Niedersachsen', 'Lower Saxony'] },
    {
      names: ['Mecklenburg-Vorpommern', 'Mecklenburg-Western Pomerania', 'Mecklenburg-West Pomerania'],
    },
    { names: ['Nordrhein-Westfalen', 'North Rhine-Westphalia', 'NRW'] },
    { names: ['Rheinland-Pfalz', 'Rhineland-Palatinate'] },
    { names: ['Saarland'] },
    { names: ['Sachsen', 'Saxony'] },
    { names: ['Sachsen-Anhalt', 'Saxony-Anhalt'] },
    { names: ['Schleswig-Holstein'] },
    { names: ['Thüringen', 'Thueringen', 'Thuringia'] },
  ],
};

/**
 * States and union territories. No codes (KA, MH, DL... collide with US states and countries), and
 * no Punjab: Pakistan has a province of the same name.
 */
const INDIAN_STATES: SubdivisionTable = {
  country: 'IN',
  subdivisions: [
    { names: ['Andhra Pradesh'] },
    { names: ['Arunachal Pradesh'] },
    { names: ['Assam'] },
    { names: ['Bihar'] },
    { names: ['Chhattisgarh'] },
    { names: ['Goa'] },
    { names: ['Gujarat'] },
    { names: ['Haryana'] },
    { names: ['Himachal Pradesh'] },
    { names: ['Jharkhand'] },
    { names: ['Karnataka'] },
    { names: ['Kerala'] },
    { names: ['Madhya Pradesh'] },
    { names: ['Maharashtra'] },
    { names: ['Manipur'] },
    { names: ['Meghalaya'] },
    { names: ['Mizoram'] },
    { names: ['Nagaland'] },
    { names: ['Odisha', 'Orissa'] },
    { names: ['Rajasthan'] },
    { names: ['Sikkim'] },
    { names: ['Tamil Nadu'] },
    { names: ['Telangana'] },
    { names: ['Tripura'] },
    { names: ['Uttar Pradesh'] },
    { names: ['Uttarakhand', 'Uttaranchal'] },
    { names: ['West Bengal'] },
    { names: ['Andaman and Nicobar Islands'] },
    { names: ['Chandigarh'] },
    { names: ['Dadra and Nagar Haveli and Daman and Diu'] },
    { names: ['Delhi', 'NCT of Delhi', 'National Capital Territory of Delhi'] },
    { names: ['Jammu and Kashmir'] },
    { names: ['Ladakh'] },
    { names: ['Lakshadweep'] },
    { names: ['Puducherry', 'Pondicherry'] },
  ],
};

const BRAZILIAN_STATES: SubdivisionTable = {
  country: 'BR',
  subdivisions: [
    { code: 'AC', names: ['Acre'] },
    { code: 'AL', names: ['Alagoas'] },
    { code: 'AP', names: ['Amapá'] },
    { code: 'AM', names: ['Amazonas'] },
    { code: 'BA', names: ['Bahia'] },
    { code: 'CE', names: ['Ceará'] },
    { code: 'DF', names: ['Distrito Federal'] },
    { code: 'ES', names: ['Espírito Santo'] },
    { code: 'GO', names: ['Goiás'] },
    { code: 'MA', names: ['Maranhão'] },
    { code: 'MT', names: ['Mato Grosso'] },
    { code: 'MS', names: ['Mato Grosso do Sul'] },
    { code: 'MG', names: ['Minas Gerais'] },
    { code: 'PA', names: ['Pará'] },
    { code: 'PB', names: ['Paraíba'] },
    { code: 'PR', names: ['Paraná'] },
    { code: 'PE', names: ['Pernambuco'] },
    { code: 'PI', names: ['Piauí'] },
    { code: 'RJ', names: ['Rio de Janeiro'] },
    { code: 'RN', names: ['Rio Grande do Norte'] },
    { code: 'RS', names: ['Rio Grande do Sul'] },
    { code: 'RO', names: ['Rondônia'] },
    { code: 'RR', names: ['Roraima'] },
    { code: 'SC', names: ['Santa Catarina'] },
    { code: 'SP', names: ['São Paulo'] },
    { code: 'SE', names: ['Sergipe'] },
    { code: 'TO', names: ['Tocantins'] },
  ],
};

/** The 13 metropolitan regions (2016), in French and English, plus a few pre-2016 names still in use. */
const FRENCH_REGIONS: SubdivisionTable = {
  country: 'FR',
  subdivisions: [
    { names: ['Auvergne-Rhône-Alpes'] },
    { names: ['Bourgogne-Franche-Comté', 'Burgundy-Franche-Comté'] },
    { names: ['Bretagne', 'Brittany'] },
    { names: ['Centre-Val de Loire'] },
    { names: ['Corse', 'Corsica'] },
    { names: ['Grand Est'] },
    { names: ['Hauts-de-France'] },
    { names: ['Île-de-France'] },
    { names: ['Normandie', 'Normandy'] },
    { names: ['Nouvelle-Aquitaine'] },
    { names: ['Occitanie', 'Occitania'] },
    { names: ['Pays de la Loire'] },
    { names: ["Provence-Alpes-Côte d'Azur"] },
    { names: ['Rhône-Alpes', 'Midi-Pyrénées', 'Nord-Pas-de-Calais', 'Languedoc-Roussillon'] },
  ],
};

export const SUBDIVISION_TABLES: readonly SubdivisionTable[] = [
  US_STATES,
  CANADIAN_PROVINCES,
  UK_NATIONS,
  AUSTRALIAN_STATES,
  GERMAN_STATES,
  INDIAN_STATES,
  BRAZILIAN_STATES,
  FRENCH_REGIONS,
];

/**
 * Subdivisions that share their name with a well-known city. Alone, or as the only part before a
 * country, they are read as the city ("Berlin, Germany" is the city of Berlin).
 */
export const CITY_NAMED_SUBDIVISIONS: readonly string[] = [
  'Berlin',
  'Bremen',
  'Hamburg',
  'New York',
  'Washington',
  'São Paulo',
  'Rio de Janeiro',
  'Quebec',
  'Victoria',
  'Delhi',
  'Chandigarh',
  'Puducherry',
  'Pondicherry',
];
