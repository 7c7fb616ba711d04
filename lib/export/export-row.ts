import type { Account } from '@/lib/accounts/account';
import { collectFacts, type Facts } from '@/lib/accounts/facts';
import type { ShortlistEntry } from '@/lib/db';
import type { Fit } from '@/lib/scoring/fit';
import type { Signal, SignalField } from '@/lib/signals/vocabulary';

/** One shortlisted (or merely seen) account with its fit under the primary ICP. */
export interface ExportRow {
  account: Account;
  fit: Fit;
  shortlist?: ShortlistEntry;
}

/** One column of an export: its header and how a row fills it (unknown is always ''). */
export interface Column {
  header: string;
  value(row: ExportRow): string;
}

/** Between the items of a list field and between labels: a comma would read as a CSV separator to people. */
export const LIST_SEPARATOR = '; ';

// Every column reads facts: folding the signals once per account, not once per cell, keeps 50,000 rows fast.
const factsBySignals = new WeakMap<readonly Signal[], Facts>();

export function factsOf(row: ExportRow): Facts {
  const signals = row.account.signals;
  let facts = factsBySignals.get(signals);
  if (!facts) {
    facts = collectFacts(signals);
    factsBySignals.set(signals, facts);
  }
  return facts;
}

/** The normalized value of a field (CONTRACT.md §1), or undefined when the pages did not show it. */
export function factValue(row: ExportRow, field: SignalField): unknown {
  return factsOf(row)[field]?.value;
}

/**
 * A normalized value as one cell: lists joined with "; ", booleans as true/false, numbers as plain
 * digits (no grouping, no exponent), text as it is.
 */
export function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(cellText).join(LIST_SEPARATOR);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return numberText(value);
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function numberText(value: number): string {
  if (!Number.isFinite(value)) return '';
  // String(1e21) is "1e+21"; BigInt spells every digit.
  return Number.isInteger(value) ? BigInt(value).toString() : String(value);
}

export function fieldCell(row: ExportRow, field: SignalField): string {
  return cellText(factValue(row, field));
}

/** The company name read from the pages; the account's own name when no name signal is left. */
export function companyName(row: ExportRow): string {
  return fieldCell(row, 'name') || (row.account.name ?? '');
}

export function companyDomain(row: ExportRow): string {
  return fieldCell(row, 'domain') || (row.account.domain ?? '');
}

export function companyLinkedinUrl(row: ExportRow): string {
  const read = fieldCell(row, 'linkedinUrl');
  if (read) return read;
  const slug = row.account.linkedinSlug;
  return slug ? `https://www.linkedin.com/company/${slug}/` : '';
}

/** The distinct pages the account's signals were read from, in the order first met. */
export function evidenceUrls(row: ExportRow): string[] {
  return [...new Set(row.account.signals.map((signal) => signal.evidence.url))];
}
