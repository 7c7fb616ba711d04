import { SIGNAL_FIELDS, type SignalField } from '@/lib/signals/vocabulary';
import {
  cellText,
  type Column,
  companyDomain,
  companyLinkedinUrl,
  companyName,
  evidenceUrls,
  fieldCell,
} from './export-row';
import { criteriaLabels, disqualifierLabels } from './fit-cells';

/*
 * The generic export: headers are the contract's own names (CONTRACT.md §1 for signal fields), so a
 * script can read the file by name, and values are the normalized ones ("1001-5000", "series_c",
 * "US"), never display text. A field the pages did not show is an empty cell.
 */

function column(header: string, value: Column['value']): Column {
  return { header, value };
}

/** Fields that name the account; they lead the row instead of repeating among the field columns. */
const IDENTITY_FIELDS: readonly SignalField[] = ['name', 'domain', 'linkedinUrl'];

/** Company fields: the vocabulary without the person fields (a profile's, not a company's). */
export const COMPANY_FIELDS: readonly SignalField[] = SIGNAL_FIELDS.filter(
  (field) => !field.startsWith('person') && field !== 'seniority',
);

const IDENTITY_COLUMNS: readonly Column[] = [
  column('name', companyName),
  column('domain', companyDomain),
  column('linkedinUrl', companyLinkedinUrl),
];

const FIT_COLUMNS: readonly Column[] = [
  column('tier', (row) => row.fit.tier.label),
  column('tierId', (row) => row.fit.tier.id),
  column('score', (row) => cellText(row.fit.score)),
  column('coverage', (row) => cellText(row.fit.coverage)),
  column('icpName', (row) => row.fit.icpName),
  column('icpVersion', (row) => cellText(row.fit.icpVersion)),
  column('disqualified', (row) => cellText(row.fit.disqualified)),
  column('disqualifiers', disqualifierLabels),
  column('matchedCriteria', (row) => criteriaLabels(row, 'matched')),
  column('missedCriteria', (row) => criteriaLabels(row, 'missed')),
  column('unknownCriteria', (row) => criteriaLabels(row, 'unknown')),
];

const SHORTLIST_COLUMNS: readonly Column[] = [
  column('status', (row) => row.shortlist?.status ?? ''),
  column('note', (row) => row.shortlist?.note ?? ''),
  column('shortlistedAt', (row) => row.shortlist?.addedAt ?? ''),
  column('firstSeenAt', (row) => row.account.firstSeenAt),
  // When the page that gave the newest facts was read: the data's capture time.
  column('capturedAt', (row) => row.account.lastSeenAt),
  // A URL holds no space, so one space separates them without ambiguity.
  column('evidenceUrls', (row) => evidenceUrls(row).join(' ')),
];

const FIELD_COLUMNS: readonly Column[] = COMPANY_FIELDS.filter(
  (field) => !IDENTITY_FIELDS.includes(field),
).map((field) => column(field, (row) => fieldCell(row, field)));

export const GENERIC_COLUMNS: readonly Column[] = [
  ...IDENTITY_COLUMNS,
  ...FIT_COLUMNS,
  ...SHORTLIST_COLUMNS,
  ...FIELD_COLUMNS,
];
