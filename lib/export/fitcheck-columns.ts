import { cellText, type Column, evidenceUrls, fieldCell } from './export-row';
import { displayCell } from './crm-values';
import { criteriaLabels, disqualifierLabels, fitSummary } from './fit-cells';

/*
 * Custom columns the CRM presets share. Every header starts with "Fitcheck " so it can never
 * collide with a standard HubSpot property or Salesforce field label, and so an admin who creates
 * custom fields with these labels once gets them mapped automatically on every later import. Until
 * then both importers leave them unmapped (HubSpot asks to create a property or skip the column;
 * the Salesforce Data Import Wizard lists them as unmapped and imports the rest).
 *
 * Facts that a standard field cannot hold without risk are here too: the LinkedIn industry (both
 * CRMs' Industry is a picklist with their own values), the size band, and the region and country
 * code as read.
 */

function column(header: string, value: Column['value']): Column {
  return { header, value };
}

export const FITCHECK_FIT_COLUMNS: readonly Column[] = [
  column('Fitcheck Tier', (row) => row.fit.tier.label),
  column('Fitcheck Score', (row) => cellText(row.fit.score)),
  column('Fitcheck Coverage', (row) => cellText(row.fit.coverage)),
  column('Fitcheck ICP', (row) => row.fit.icpName),
  column('Fitcheck ICP Version', (row) => cellText(row.fit.icpVersion)),
  column('Fitcheck Disqualified', (row) => cellText(row.fit.disqualified)),
  column('Fitcheck Disqualifiers', disqualifierLabels),
  column('Fitcheck Matched Criteria', (row) => criteriaLabels(row, 'matched')),
  column('Fitcheck Missed Criteria', (row) => criteriaLabels(row, 'missed')),
  column('Fitcheck Unknown Criteria', (row) => criteriaLabels(row, 'unknown')),
  column('Fitcheck Summary', fitSummary),
  column('Fitcheck Status', (row) => row.shortlist?.status ?? ''),
  column('Fitcheck Note', (row) => row.shortlist?.note ?? ''),
];

export const FITCHECK_FACT_COLUMNS: readonly Column[] = [
  column('Fitcheck Industry', (row) => fieldCell(row, 'industry')),
  column('Fitcheck Employee Range', (row) => fieldCell(row, 'employeeRange')),
  column('Fitcheck Employees on LinkedIn', (row) => fieldCell(row, 'employeesOnLinkedIn')),
  column('Fitcheck Technology', (row) => fieldCell(row, 'technology')),
  column('Fitcheck Funding Stage', (row) => displayCell(row, 'fundingStage')),
  column('Fitcheck Last Funding Date', (row) => fieldCell(row, 'lastFundingDate')),
  column('Fitcheck Evidence', (row) => evidenceUrls(row).join(' ')),
];

/** Region and country as read, for Salesforce, whose billing fields may stay empty (see billingStateName). */
export const FITCHECK_PLACE_COLUMNS: readonly Column[] = [
  column('Fitcheck HQ Region', (row) => fieldCell(row, 'hqRegion')),
  column('Fitcheck HQ Country Code', (row) => fieldCell(row, 'hqCountry')),
];
