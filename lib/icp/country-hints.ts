/**
 * What people often write instead of an ISO 3166-1 alpha-2 code, mapped to the code. Only used
 * to suggest a fix in an error message; the file must still hold the two-letter code.
 */
const COUNTRY_HINTS: Readonly<Record<string, string>> = {
  USA: 'US',
  'UNITED STATES': 'US',
  'UNITED STATES OF AMERICA': 'US',
  AMERICA: 'US',
  UK: 'GB',
  GBR: 'GB',
  'UNITED KINGDOM': 'GB',
  'GREAT BRITAIN': 'GB',
  BRITAIN: 'GB',
  ENGLAND: 'GB',
  CAN: 'CA',
  CANADA: 'CA',
  DEU: 'DE',
  GERMANY: 'DE',
  FRA: 'FR',
  FRANCE: 'FR',
  NLD: 'NL',
  NETHERLANDS: 'NL',
  IRL: 'IE',
  IRELAND: 'IE',
  ESP: 'ES',
  SPAIN: 'ES',
  ITA: 'IT',
  ITALY: 'IT',
  SWE: 'SE',
  SWEDEN: 'SE',
  CHE: 'CH',
  SWITZERLAND: 'CH',
  AUS: 'AU',
  AUSTRALIA: 'AU',
  NZL: 'NZ',
  JPN: 'JP',
  JAPAN: 'JP',
  IND: 'IN',
  INDIA: 'IN',
  SGP: 'SG',
  SINGAPORE: 'SG',
  ISR: 'IL',
  ISRAEL: 'IL',
  BRA: 'BR',
  BRAZIL: 'BR',
  MEX: 'MX',
  MEXICO: 'MX',
  RUS: 'RU',
  RUSSIA: 'RU',
  BLR: 'BY',
  BELARUS: 'BY',
  IRN: 'IR',
  IRAN: 'IR',
  PRK: 'KP',
  'NORTH KOREA': 'KP',
  CUB: 'CU',
  CUBA: 'CU',
  SYR: 'SY',
  SYRIA: 'SY',
  CHN: 'CN',
  CHINA: 'CN',
};

/** The two-letter code someone probably meant by "USA", "U.K.", "uk" or "Germany", if we know it. */
export function suggestCountryCode(written: string): string | undefined {
  const key = written.trim().toUpperCase().replace(/\./g, '').replace(/\s+/g, ' ');
  return COUNTRY_HINTS[key] ?? (/^[A-Z]{2}$/.test(key) ? key : undefined);
}

const regionNames = createRegionNames();

/**
 * False for a two-letter code no country has ("XX"). Uses the runtime's own region names, so
 * the list stays current; where the runtime has none, every well-formed code is accepted.
 */
export function isKnownCountryCode(code: string): boolean {
  if (!regionNames) return true;
  try {
    const name = regionNames.of(code);
    return name !== undefined && name !== code && name !== 'Unknown Region';
  } catch {
    return false;
  }
}

function createRegionNames(): Intl.DisplayNames | undefined {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' });
  } catch {
    return undefined;
  }
}
