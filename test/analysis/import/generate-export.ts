import type { Outcome } from '@/lib/analysis/analysis-account';
import type { ColumnRole } from '@/lib/analysis/import/column-roles';
import {
  COUNTRIES,
  FUNDING_STAGES,
  HUBSPOT_STAGES,
  INDUSTRIES,
  type Pooled,
  SALESFORCE_TYPES,
  SKIP,
  UNREADABLE,
} from './export-pools';
import { randomCells, seededRandom } from './random-cells';

export type CrmStyle = 'hubspot' | 'salesforce' | 'european';

/** What reading a generated row must give; `outcome` SKIP means the row must be skipped. */
export interface ExpectedRow {
  line: number;
  outcome: Outcome | typeof SKIP;
  name: string;
  domain?: string;
  industry?: string;
  employees?: number;
  employeeRange?: string;
  revenueUsd?: number;
  hqCountry?: string;
  technology: string[];
  fundingStage?: string;
  closeDate?: string;
  value?: number;
  /** Roles whose cell in this row must be counted as unreadable. */
  unreadable: ColumnRole[];
}

export interface GeneratedExport {
  csv: string;
  headers: string[];
  rows: ExpectedRow[];
}

const HEADERS: Record<CrmStyle, string[]> = {
  hubspot: [
    ...[
      'Record ID',
      'Company name',
      'Company Domain Name',
      'Industry',
      'Number of Employees',
      'Annual Revenue',
    ],
    ...[
      'Country/Region',
      'Web Technologies',
      'Last Funding Type',
      'Close Date',
      'Lifecycle Stage',
      'Total Revenue',
    ],
    'About Us',
  ],
  salesforce: [
    ...[
      'Account ID',
      'Account Name',
      'Website',
      'Industry',
      'Employees',
      'Annual Revenue',
      'Billing Country',
    ],
    ...['Technologies', 'Funding stage', 'Close Date', 'Type', 'ARR', 'Description'],
  ],
  european: [
    ...['Record ID', 'Company name', 'Website URL', 'Industry', 'Number of Employees', 'Annual Revenue'],
    ...[
      'Country/Region',
      'Technologies',
      'Last Funding Type',
      'Close Date',
      'Lifecycle Stage',
      'LTV',
      'Notes',
    ],
  ],
};

/**
 * A realistic CRM export with noise: blank cells, "N/A", unknown industries, "1,001-5,000" bands,
 * "$2.5M", unreadable values, quoted commas and notes over two lines. The European style is
 * semicolon-separated with CRLF, "1.234.567,89" amounts and DD.MM.YYYY dates.
 */
export function generateExport(style: CrmStyle, rowCount: number, seed = 1): GeneratedExport {
  const random = seededRandom(seed);
  const cells = randomCells(random, style);
  const delimiter = style === 'european' ? ';' : ',';
  const headers = HEADERS[style];
  const lines = [headers.map((header) => quote(header, delimiter)).join(delimiter)];
  const rows: ExpectedRow[] = [];
  let line = 2;
  for (let index = 0; index < rowCount; index += 1) {
    const { row, texts } = generateRow(style, index, line, cells);
    rows.push(row);
    lines.push(texts.map((text) => quote(text, delimiter)).join(delimiter));
    line += 1 + (texts.join('').match(/\n/g)?.length ?? 0);
  }
  const newline = style === 'european' ? '\r\n' : '\n';
  return { csv: `${lines.join(newline)}${newline}`, headers, rows };
}

function generateRow(style: CrmStyle, index: number, line: number, cells: ReturnType<typeof randomCells>) {
  const row: ExpectedRow = { line, outcome: SKIP, name: '', technology: [], unreadable: [] };
  const take = <T>(pooled: Pooled<T>, role: ColumnRole, apply: (value: T) => void): string => {
    if (pooled.expected === UNREADABLE) row.unreadable.push(role);
    else if (pooled.expected !== undefined) apply(pooled.expected);
    return pooled.text;
  };
  const stage = cells.pick(style === 'salesforce' ? SALESFORCE_TYPES : HUBSPOT_STAGES);
  row.outcome = stage.expected === UNREADABLE || stage.expected === undefined ? SKIP : stage.expected;
  row.name = index % 17 === 0 ? `Acme ${index}, Inc.` : `Company ${index}`;
  const texts = [
    `${1000 + index}`,
    row.name,
    take(cells.domain(index), 'domain', (domain) => (row.domain = domain)),
    take(cells.pick(INDUSTRIES), 'industry', (industry) => (row.industry = industry)),
    take(cells.employees(), 'employees', (size) => Object.assign(row, size)),
    take(cells.amount(), 'revenue', (revenueUsd) => (row.revenueUsd = revenueUsd)),
    take(cells.pick(COUNTRIES), 'country', (country) => (row.hqCountry = country)),
    take(cells.technologies(), 'technologies', (tools) => (row.technology = tools)),
    take(cells.pick(FUNDING_STAGES), 'fundingStage', (stageName) => (row.fundingStage = stageName)),
    take(cells.closeDate(), 'closeDate', (date) => (row.closeDate = date)),
    stage.text,
    take(cells.amount(), style === 'salesforce' ? 'acv' : 'ltv', (value) => (row.value = value)),
    index % 50 === 7 ? 'Renewal due,\nask "Sam" first' : '',
  ];
  return { row, texts };
}

function quote(text: string, delimiter: string): string {
  return /["\r\n]/.test(text) || text.includes(delimiter) ? `"${text.replace(/"/g, '""')}"` : text;
}
