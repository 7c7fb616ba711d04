import {
  type Column,
  companyDomain,
  companyLinkedinUrl,
  companyName,
  type ExportRow,
  fieldCell,
} from './export-row';
import { billingStateName, countryName, employeeLowerBound, websiteUrl } from './crm-values';
import { FITCHECK_FACT_COLUMNS, FITCHECK_FIT_COLUMNS, FITCHECK_PLACE_COLUMNS } from './fitcheck-columns';

/*
 * Salesforce account import (Data Import Wizard). The wizard maps a column automatically when its
 * header equals a field label, so the headers are the standard Account field labels (Salesforce
 * Object Reference, Account; label / API name / type):
 *
 *   Account Name             Name               string, required
 *   Website                  Website            url
 *   Employees                NumberOfEmployees  int
 *   Billing City             BillingCity        string
 *   Billing State/Province   BillingState       string, or a picklist with State and Country/Territory Picklists
 *   Billing Country          BillingCountry     string, or a picklist likewise
 *
 * Choices, so that no row is rejected:
 * - Account Name is required: when no name was read, the domain (else the LinkedIn page, else the
 *   account id) stands in.
 * - Industry is a picklist of Salesforce's own values (Technology, Finance, …). LinkedIn's names
 *   match none; an unrestricted picklist would take them in as stray values and a restricted one
 *   would reject the row. The LinkedIn industry goes in "Fitcheck Industry".
 * - Billing Country holds the English name ("United States"): any text for a text field, and the
 *   default integration value of the picklist (ISO English names). Billing State/Province holds a
 *   value only for US states and Canadian provinces, by name; see billingStateName. The region and
 *   country as read are kept in "Fitcheck HQ Region" / "Fitcheck HQ Country Code".
 * - Description is not written: an update would overwrite what the team wrote; see "Fitcheck Summary".
 * Known gap: for a few countries CLDR's short English name differs from Salesforce's ISO name
 * ("South Korea" vs "Korea, Republic of"); an org with country picklists rejects those rows unless
 * the admin maps "Fitcheck HQ Country Code" to "Billing Country Code" instead of this column.
 */

function column(header: string, value: Column['value']): Column {
  return { header, value };
}

function accountName(row: ExportRow): string {
  return companyName(row) || companyDomain(row) || companyLinkedinUrl(row) || row.account.id;
}

export const SALESFORCE_COLUMNS: readonly Column[] = [
  column('Account Name', accountName),
  column('Website', websiteUrl),
  column('Employees', employeeLowerBound),
  column('Billing City', (row) => fieldCell(row, 'hqCity')),
  column('Billing State/Province', billingStateName),
  column('Billing Country', countryName),
  ...FITCHECK_FIT_COLUMNS,
  ...FITCHECK_FACT_COLUMNS,
  column('Fitcheck LinkedIn Page', companyLinkedinUrl),
  ...FITCHECK_PLACE_COLUMNS,
];
