import type { CsvTable } from './csv-table';
import { type ListEntry, readListEntry } from './list-entry';

/**
 * Mailbox providers: an address there names a person, not a company, and putting "gmail.com" on
 * a list would suppress no company the team sells to. Deliberately short: the providers that fill
 * CRM exports in the US and Europe.
 */
export const FREE_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'hotmail.co.uk',
  'hotmail.fr',
  'live.com',
  'msn.com',
  'yahoo.com',
  'yahoo.co.uk',
  'yahoo.fr',
  'yahoo.de',
  'ymail.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'gmx.de',
  'gmx.net',
  'gmx.com',
  'web.de',
  't-online.de',
  'proton.me',
  'protonmail.com',
  'orange.fr',
  'free.fr',
  'laposte.net',
  'libero.it',
]);

export interface SkippedSample {
  /** The 1-based line of the file (the header is line 1). */
  row: number;
  text: string;
}

export interface ListEntries {
  domains: string[];
  linkedinSlugs: string[];
  rows: number;
  skipped: number;
  samples: SkippedSample[];
}

const MAX_SAMPLES = 5;
const MAX_SAMPLE_LENGTH = 200;

/**
 * Every company identity in a cell: CRMs put several in one cell ("acme.com; acme.de"), and mail
 * columns hold "Jo Doe <jo@acme.com>".
 */
export function readCellEntries(cell: string): ListEntry[] {
  return cell
    .split(/[\s;,<>"'()]+/)
    .map(readListEntry)
    .filter((entry): entry is ListEntry => entry !== undefined);
}

function namesACompany(entry: ListEntry): boolean {
  return entry.kind === 'linkedin' || !FREE_MAIL_DOMAINS.has(entry.value);
}

/**
 * The list the chosen columns give: sorted, deduplicated domains and LinkedIn slugs, and the rows
 * that named no company (with a few samples, so the user sees what was not understood).
 */
export function buildListEntries(
  table: Pick<CsvTable, 'rows' | 'lineNumbers'>,
  columns: number[],
): ListEntries {
  const domains = new Set<string>();
  const linkedinSlugs = new Set<string>();
  const samples: SkippedSample[] = [];
  let skipped = 0;
  table.rows.forEach((row, index) => {
    const cells = columns.map((column) => row[column] ?? '');
    const entries = cells.flatMap(readCellEntries).filter(namesACompany);
    for (const entry of entries) (entry.kind === 'domain' ? domains : linkedinSlugs).add(entry.value);
    if (entries.length > 0) return;
    skipped += 1;
    if (samples.length < MAX_SAMPLES)
      samples.push({ row: table.lineNumbers[index] ?? index + 2, text: describe(cells) });
  });
  return {
    domains: [...domains].sort(),
    linkedinSlugs: [...linkedinSlugs].sort(),
    rows: table.rows.length,
    skipped,
    samples,
  };
}

function describe(cells: string[]): string {
  const text = cells
    .map((cell) => cell.trim())
    .filter((cell) => cell !== '')
    .join(' | ');
  if (text === '') return '(blank)';
  return text.length > MAX_SAMPLE_LENGTH ? `${text.slice(0, MAX_SAMPLE_LENGTH)}…` : text;
}
