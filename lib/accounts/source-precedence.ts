import type { Signal, SignalField } from '@/lib/signals/vocabulary';

/**
 * Which source is trusted first for a field when sources disagree. The company states its own
 * size band and headquarters on LinkedIn; funding comes from Crunchbase (LinkedIn's funding
 * module shows Crunchbase's data); the domain is best known from the company's own site. A
 * source not listed for a field ranks after the listed ones. Within one rank, the newest read wins.
 */
const BY_FIELD: Partial<Record<SignalField, readonly string[]>> = {
  domain: ['company-website', 'linkedin-company', 'crunchbase-organization'],
  name: ['linkedin-company', 'company-website', 'crunchbase-organization'],
  employeeRange: ['linkedin-company', 'crunchbase-organization', 'company-website'],
  hqCity: ['linkedin-company', 'company-website', 'crunchbase-organization'],
  hqRegion: ['linkedin-company', 'company-website', 'crunchbase-organization'],
  hqCountry: ['linkedin-company', 'company-website', 'crunchbase-organization'],
  fundingStage: ['crunchbase-organization', 'linkedin-company', 'company-website'],
  lastFundingDate: ['crunchbase-organization', 'linkedin-company', 'company-website'],
  lastFundingAmountUsd: ['crunchbase-organization', 'linkedin-company', 'company-website'],
  totalFundingUsd: ['crunchbase-organization'],
  openRoles: ['company-website', 'linkedin-company'],
};

function rankOf(signal: Signal): number {
  const order = BY_FIELD[signal.field];
  const index = order ? order.indexOf(signal.evidence.extractorId) : -1;
  return index === -1 ? Number.MAX_SAFE_INTEGER : index;
}

/** Most trusted first; among equally trusted sources, newest first. */
export function byPrecedence(a: Signal, b: Signal): number {
  return rankOf(a) - rankOf(b) || b.evidence.seenAt.localeCompare(a.evidence.seenAt);
}
