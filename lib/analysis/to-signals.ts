import type { z } from 'zod';
import {
  type Evidence,
  FIELD_VALUE_SCHEMAS,
  type Signal,
  type SignalField,
  toSourceText,
} from '@/lib/signals/vocabulary';
import type { AnalysisAccount } from './analysis-account';

/** Names the CRM export as the source of a signal, as extractor ids name a page kind. */
export const CRM_EXPORT_EXTRACTOR_ID = 'crm-export';

/** `.invalid` is reserved (RFC 2606): the pseudo-URL is valid and stable, yet can never be opened. */
const EVIDENCE_HOST = 'https://crm-export.invalid';

/** A record without a close date has no date of its own; a fixed one keeps the signals reproducible. */
const UNDATED = '1970-01-01T00:00:00.000Z';

/**
 * The record as the signals a page would give, so `score()` can test it with the same ICP.
 * `source` names the export (its file name): it goes into the evidence's URL and text. A value
 * the vocabulary refuses (a country that is not an ISO code, a blank tool) is dropped, so a
 * criterion on it is unknown rather than failing on a malformed value. seenAt is the record's
 * close date, the day the CRM last said something about it.
 */
export function analysisSignals(account: AnalysisAccount, source: string): Signal[] {
  const seenAt = validDate(account.closeDate ? `${account.closeDate}T00:00:00.000Z` : UNDATED);
  const url = `${EVIDENCE_HOST}/${encodeURIComponent(source)}/line/${account.line}`;
  const evidenceFor = (raw: unknown): Evidence => ({
    url,
    extractorId: CRM_EXPORT_EXTRACTOR_ID,
    seenAt,
    sourceText: toSourceText(
      `${source}, line ${account.line}: ${Array.isArray(raw) ? raw.join(', ') : String(raw)}`,
    ),
  });
  const candidates: [SignalField, unknown][] = [
    ['name', account.name],
    ['domain', account.domain],
    ['industry', account.industry],
    ['employeeRange', account.employeeRange],
    ['hqCountry', account.hqCountry],
    ['technology', validTools(account.technology)],
    ['fundingStage', account.fundingStage],
  ];
  return candidates.flatMap(([field, raw]) => toSignal(field, raw, evidenceFor(raw)) ?? []);
}

/** One blank or oversized tool would make the whole list invalid: drop that tool, keep the others. */
function validTools(tools: readonly string[]): string[] {
  return tools
    .filter((tool) => FIELD_VALUE_SCHEMAS.technology.safeParse([tool]).success)
    .map((tool) => tool.trim());
}

function toSignal(field: SignalField, raw: unknown, evidence: Evidence): Signal | undefined {
  if (raw === undefined || (Array.isArray(raw) && raw.length === 0)) return undefined;
  const schema: z.ZodType = FIELD_VALUE_SCHEMAS[field];
  const parsed = schema.safeParse(raw);
  // The schema just checked the value against this very field, which is what the Signal union asks.
  return parsed.success ? ({ field, value: parsed.data, evidence } as Signal) : undefined;
}

/** A close date that is not a real day ("2026-02-30") would make the evidence invalid: fall back. */
function validDate(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) || new Date(time).toISOString() !== iso ? UNDATED : iso;
}
