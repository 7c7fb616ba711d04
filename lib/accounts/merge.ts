import type { Observation, Signal } from '@/lib/signals/vocabulary';
import type { Account } from './account';
import { byPrecedence } from './source-precedence';

/** How an account is keyed: its domain when known, else LinkedIn's organization id, else its slug. */
export interface AccountIdentity {
  domain?: string;
  linkedinSlug?: string;
  linkedinOrgId?: string;
  name?: string;
}

const MAX_SOURCES = 50;

export function identityOf(signals: readonly Signal[]): AccountIdentity {
  const identity: AccountIdentity = {};
  for (const signal of signals) {
    if (signal.field === 'domain') identity.domain = signal.value;
    if (signal.field === 'name') identity.name = signal.value;
    if (signal.field === 'linkedinOrgId') identity.linkedinOrgId = signal.value;
    if (signal.field === 'linkedinUrl') identity.linkedinSlug = slugOfCompanyUrl(signal.value);
  }
  return identity;
}

/** The vanity slug of a company URL; a numeric one is the organization id, not a slug. */
export function slugOfCompanyUrl(url: string): string | undefined {
  const slug = /\/company\/([^/]+)\/$/.exec(url)?.[1];
  return slug && !/^\d+$/.test(slug) ? slug : undefined;
}

export function newAccountId(identity: AccountIdentity): string | undefined {
  if (identity.domain) return `domain:${identity.domain}`;
  if (identity.linkedinOrgId) return `linkedin-org:${identity.linkedinOrgId}`;
  if (identity.linkedinSlug) return `linkedin:${identity.linkedinSlug}`;
  return undefined;
}

/**
 * Folds a fresh observation into an account. A field the observation read replaces what the
 * same extractor read before (the page was re-read, its value is current); what other
 * extractors read stays, and so does every field this read did not see (the home tab shows
 * no website, which must not erase the domain read on the About tab).
 */
export function mergeObservation(
  account: Account | undefined,
  observation: Observation,
  id: string,
): Account {
  const fresh = observation.signals;
  const replaced = new Set(fresh.map((signal) => `${signal.field}|${signal.evidence.extractorId}`));
  const kept = (account?.signals ?? []).filter(
    (signal) => !replaced.has(`${signal.field}|${signal.evidence.extractorId}`),
  );
  const signals = [...kept, ...fresh];
  // The most trusted source names the account, as it does every other field (source-precedence.ts).
  const identity = identityOf([...signals].sort(byPrecedence).reverse());
  const source = { url: observation.url, pageKind: observation.pageKind, seenAt: observation.seenAt };
  const sources = [source, ...(account?.sources ?? []).filter((s) => s.url !== source.url)];
  return {
    id: account?.id ?? id,
    name: identity.name ?? account?.name,
    domain: identity.domain ?? account?.domain,
    linkedinSlug: identity.linkedinSlug ?? account?.linkedinSlug,
    linkedinOrgId: identity.linkedinOrgId ?? account?.linkedinOrgId,
    signals,
    sources: sources.slice(0, MAX_SOURCES),
    firstSeenAt: account?.firstSeenAt ?? observation.seenAt,
    lastSeenAt: maxIso(account?.lastSeenAt, observation.seenAt),
  };
}

/** Merges an account found under another key (e.g. its slug) into the one being kept. */
export function absorbAccount(kept: Account, other: Account): Account {
  const keys = new Set(kept.signals.map((s) => `${s.field}|${s.evidence.extractorId}`));
  const extra = other.signals.filter((s) => !keys.has(`${s.field}|${s.evidence.extractorId}`));
  return {
    ...kept,
    linkedinSlug: kept.linkedinSlug ?? other.linkedinSlug,
    linkedinOrgId: kept.linkedinOrgId ?? other.linkedinOrgId,
    domain: kept.domain ?? other.domain,
    signals: [...kept.signals, ...extra],
    sources: [...kept.sources, ...other.sources].slice(0, MAX_SOURCES),
    firstSeenAt: [kept.firstSeenAt, other.firstSeenAt].sort()[0] ?? kept.firstSeenAt,
  };
}

function maxIso(a: string | undefined, b: string): string {
  return a && a > b ? a : b;
}
