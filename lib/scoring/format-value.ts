import { parseSizeBand } from '@/lib/icp/size-band';
import type { SignalField } from '@/lib/signals/vocabulary';

const count = new Intl.NumberFormat('en-US');

/** How enum values read to a person; a value missing here is shown as it is. */
const ENUM_LABELS: Partial<Record<SignalField, Readonly<Record<string, string>>>> = {
  companyType: {
    public: 'Public company',
    private: 'Privately held',
    nonprofit: 'Nonprofit',
    government: 'Government agency',
    educational: 'Educational',
    partnership: 'Partnership',
    'self-employed': 'Self-employed',
    'self-owned': 'Self-owned',
  },
  fundingStage: {
    pre_seed: 'Pre-seed',
    seed: 'Seed',
    private_equity: 'Private equity',
    debt: 'Debt financing',
    ipo: 'IPO',
    post_ipo: 'Post-IPO',
    grant: 'Grant',
    other: 'Other round',
  },
  compliance: { soc2: 'SOC 2', iso27001: 'ISO 27001', hipaa: 'HIPAA', gdpr: 'GDPR', pci_dss: 'PCI DSS' },
  seniority: {
    c_level: 'C-level',
    vp: 'VP',
    head: 'Head',
    director: 'Director',
    manager: 'Manager',
    senior: 'Senior',
    entry: 'Entry level',
    other: 'Other',
  },
};

const DOLLAR_FIELDS: ReadonlySet<SignalField> = new Set(['lastFundingAmountUsd', 'totalFundingUsd']);

/**
 * A field's normalized value as a person reads it: "1001-5000" -> "1,001–5,000 employees",
 * "series_c" -> "Series C", 4213 -> "4,213", a list -> "HubSpot, Salesforce". Country codes and
 * dates stay as they are: they are already what the SDR would type.
 */
export function formatFieldValue(field: SignalField, value: unknown): string {
  if (Array.isArray(value)) return value.map((item: unknown) => formatFieldValue(field, item)).join(', ');
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return formatNumber(field, value);
  if (typeof value === 'string') return formatText(field, value);
  return value === undefined || value === null ? '' : JSON.stringify(value);
}

function formatNumber(field: SignalField, value: number): string {
  // A year with a thousands separator ("1,952") reads as a count, not a year.
  if (field === 'foundedYear') return String(value);
  return DOLLAR_FIELDS.has(field) ? `$${count.format(value)}` : count.format(value);
}

function formatText(field: SignalField, value: string): string {
  if (field === 'employeeRange') return formatSizeBand(value);
  if (field === 'fundingStage') {
    const series = /^series_([a-j])$/.exec(value);
    if (series?.[1]) return `Series ${series[1].toUpperCase()}`;
  }
  return ENUM_LABELS[field]?.[value] ?? value;
}

function formatSizeBand(band: string): string {
  const headcount = parseSizeBand(band);
  if (!headcount) return band;
  if (headcount.max === Number.POSITIVE_INFINITY) return `${count.format(headcount.min)}+ employees`;
  return `${count.format(headcount.min)}–${count.format(headcount.max)} employees`;
}
