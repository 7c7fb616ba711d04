import type { ShortlistEntry } from '@/lib/db';
import type { CriterionResult, DisqualifierResult, Fit } from '@/lib/scoring/fit';
import type { Evidence } from '@/lib/signals/vocabulary';
import { companyDomain, companyLinkedinUrl, companyName, type ExportRow, factsOf } from './export-row';

/*
 * The JSON export: every fact with its normalized value and the fit with its reasons, for scripts
 * and for a later import. The shape is versioned: a change that breaks a reader adds a new
 * formatVersion. Unknown values are null, not missing, so every account has the same keys.
 */

export const JSON_EXPORT_FORMAT = 'fitcheck-accounts';
export const JSON_EXPORT_FORMAT_VERSION = 1;

function distinctUrls(evidence: readonly Evidence[]): string[] {
  return [...new Set(evidence.map((item) => item.url))];
}

function criterionJson(criterion: CriterionResult) {
  const { id, label, status, expected, actual, evidence, weight, mustHave } = criterion;
  return {
    id,
    label,
    status,
    weight,
    mustHave,
    expected,
    actual: actual ?? null,
    evidenceUrls: distinctUrls(evidence),
  };
}

function disqualifierJson(disqualifier: DisqualifierResult) {
  const { id, label, status, expected, actual, evidence } = disqualifier;
  return { id, label, status, expected, actual: actual ?? null, evidenceUrls: distinctUrls(evidence) };
}

function fitJson(fit: Fit) {
  return {
    icpId: fit.icpId,
    icpName: fit.icpName,
    icpVersion: fit.icpVersion,
    tier: { id: fit.tier.id, label: fit.tier.label },
    score: fit.score,
    coverage: fit.coverage,
    disqualified: fit.disqualified,
    criteria: fit.criteria.map(criterionJson),
    disqualifiers: fit.disqualifiers.map(disqualifierJson),
  };
}

function shortlistJson(entry: ShortlistEntry | undefined) {
  if (!entry) return null;
  const { status, note, addedAt, updatedAt } = entry;
  return { status, note, addedAt, updatedAt };
}

function factsJson(row: ExportRow): Record<string, unknown> {
  return Object.fromEntries(Object.values(factsOf(row)).map((fact) => [fact.field, fact.value]));
}

function accountJson(row: ExportRow) {
  return {
    id: row.account.id,
    name: companyName(row) || null,
    domain: companyDomain(row) || null,
    linkedinUrl: companyLinkedinUrl(row) || null,
    firstSeenAt: row.account.firstSeenAt,
    lastSeenAt: row.account.lastSeenAt,
    facts: factsJson(row),
    fit: fitJson(row.fit),
    shortlist: shortlistJson(row.shortlist),
  };
}

/** The rows as a pretty-printed, versioned JSON document. */
export function toJson(rows: readonly ExportRow[], exportedAt: Date): string {
  const document = {
    format: JSON_EXPORT_FORMAT,
    formatVersion: JSON_EXPORT_FORMAT_VERSION,
    exportedAt: exportedAt.toISOString(),
    accounts: rows.map(accountJson),
  };
  return JSON.stringify(document, null, 2);
}
