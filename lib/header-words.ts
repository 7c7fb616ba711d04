/**
 * A spreadsheet column header as plain lowercase words: "Country/Region", "country_region" and
 * "CountryRegion" all become "country region", accents dropped. Both CSV imports (suppression
 * lists, CRM exports) guess columns from headers read this way.
 */
export function headerWords(header: string): string {
  return header
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
