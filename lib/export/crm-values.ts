import { parseSizeBand } from '@/lib/icp/size-band';
import { formatFieldValue } from '@/lib/scoring/format-value';
import { SUBDIVISION_TABLES } from '@/lib/signals/subdivisions';
import type { SignalField } from '@/lib/signals/vocabulary';
import { cellText, companyDomain, type ExportRow, factValue, LIST_SEPARATOR } from './export-row';

/* Values shaped for a CRM's standard fields, which expect numbers, names and URLs, not our codes. */

/** The site as a URL: CRMs keep "Website" as a link, and the domain is what we know for sure. */
export function websiteUrl(row: ExportRow): string {
  const domain = companyDomain(row);
  return domain ? `https://${domain}` : '';
}

/**
 * A number for "Number of Employees" / "Employees": the lower bound of the declared band ("51-200"
 * -> 51). Not the midpoint: an open band ("10001+") has none, and the lower bound never overstates,
 * so a CRM filter "at least 200 employees" stays true. Not employeesOnLinkedIn either: that counts
 * LinkedIn members, not staff. The band itself goes in "Fitcheck Employee Range".
 */
export function employeeLowerBound(row: ExportRow): string {
  const band = factValue(row, 'employeeRange');
  const headcount = typeof band === 'string' ? parseSizeBand(band) : undefined;
  return headcount ? cellText(headcount.min) : '';
}

let englishRegions: Intl.DisplayNames | undefined;

/** "US" -> "United States": a name reads better in a CRM and is what a text country field holds. */
export function countryName(row: ExportRow): string {
  const code = factValue(row, 'hqCountry');
  if (typeof code !== 'string') return '';
  try {
    englishRegions ??= new Intl.DisplayNames('en', { type: 'region' });
    return englishRegions.of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * Salesforce ships state picklist values for US states and Canadian provinces, whose default
 * integration values are the English names ("New Jersey", "Ontario"). LinkedIn shows "NJ": the
 * name is accepted both by a text-only org and by an org with State and Country/Territory
 * Picklists. A region of any other country stays empty: an org with picklists rejects the whole
 * row when the state is not in its list for that country, and it ships none for GB, DE, FR…
 */
const STATE_PICKLIST_COUNTRIES = new Set(['US', 'CA']);

export function billingStateName(row: ExportRow): string {
  const region = factValue(row, 'hqRegion');
  const country = factValue(row, 'hqCountry');
  if (typeof region !== 'string' || typeof country !== 'string') return '';
  if (!STATE_PICKLIST_COUNTRIES.has(country)) return '';
  const table = SUBDIVISION_TABLES.find((candidate) => candidate.country === country);
  const wanted = region.trim().toLowerCase();
  const subdivision = table?.subdivisions.find(
    (entry) =>
      entry.code?.toLowerCase() === wanted || entry.names.some((name) => name.toLowerCase() === wanted),
  );
  return subdivision?.names[0] ?? '';
}

/** A field as a person reads it ("Series C", "1,001–5,000 employees"), list items joined with "; ". */
export function displayCell(row: ExportRow, field: SignalField): string {
  const value = factValue(row, field);
  if (value === undefined) return '';
  const items: unknown[] = Array.isArray(value) ? value : [value];
  return items.map((item) => formatFieldValue(field, item)).join(LIST_SEPARATOR);
}
