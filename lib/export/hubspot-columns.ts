import { type Column, companyDomain, companyLinkedinUrl, companyName, fieldCell } from './export-row';
import { countryName, employeeLowerBound, websiteUrl } from './crm-values';
import { FITCHECK_FACT_COLUMNS, FITCHECK_FIT_COLUMNS } from './fitcheck-columns';

/*
 * HubSpot company import. HubSpot maps a column to a property when the header equals the
 * property's label (or internal name), so the headers are the default company property labels, as
 * the CRM properties API lists them (label / internal name / type, checked 2026):
 *
 *   Company name            name                   string
 *   Company Domain Name     domain                 string   the key HubSpot deduplicates companies on
 *   Website URL             website                string
 *   LinkedIn Company Page   linkedin_company_page  string
 *   Number of Employees     numberofemployees      number
 *   City / State/Region / Country/Region   city / state / country   string (free text)
 *   Year Founded            founded_year           string
 *
 * Left out on purpose, so no row fails or overwrites what the team keeps in HubSpot:
 * - Industry (`industry`) is an enumeration of HubSpot's own values (COMPUTER_SOFTWARE, …);
 *   LinkedIn's names ("Software Development") are not among them and fail as "Invalid enumeration
 *   option". The LinkedIn industry goes in "Fitcheck Industry".
 * - Web Technologies and Type are enumerations too: technology goes in "Fitcheck Technology".
 * - Annual Revenue: the pages do not show it.
 * - Description: an import that updates an existing company would overwrite what the team wrote
 *   there; the one-line fit goes in "Fitcheck Summary" instead.
 * Company name holds only the name read from the pages: when it is unknown, a placeholder would
 * rename an existing company on update; the domain identifies the row.
 */

function column(header: string, value: Column['value']): Column {
  return { header, value };
}

export const HUBSPOT_COLUMNS: readonly Column[] = [
  column('Company name', companyName),
  column('Company Domain Name', companyDomain),
  column('Website URL', websiteUrl),
  column('LinkedIn Company Page', companyLinkedinUrl),
  column('Number of Employees', employeeLowerBound),
  column('City', (row) => fieldCell(row, 'hqCity')),
  column('State/Region', (row) => fieldCell(row, 'hqRegion')),
  column('Country/Region', countryName),
  column('Year Founded', (row) => fieldCell(row, 'foundedYear')),
  ...FITCHECK_FIT_COLUMNS,
  ...FITCHECK_FACT_COLUMNS,
];
