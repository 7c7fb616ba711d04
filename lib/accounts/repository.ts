import type { EntityTable } from 'dexie';
import type { FitcheckDb } from '@/lib/db';
import type { Observation } from '@/lib/signals/vocabulary';
import { type Account, accountSchema } from './account';
import { type AccountIdentity, absorbAccount, identityOf, mergeObservation, newAccountId } from './merge';

/** The keys an account can be found by, most trusted first: a domain beats LinkedIn's ids. */
const IDENTITY_KEYS = ['domain', 'linkedinOrgId', 'linkedinSlug'] as const;

/**
 * Stores a company observation in the account it belongs to, in one transaction. A company
 * first seen by its slug, then by its numeric id or its domain stays one account; when those
 * keys name different stored accounts, the most trusted one absorbs the others.
 * Returns undefined when the observation names no company.
 */
export async function recordObservation(
  db: FitcheckDb,
  observation: Observation,
  hooks: { onAbsorbed?(absorbedIds: string[], keptId: string): Promise<void> } = {},
): Promise<Account | undefined> {
  const identity = identityOf(observation.signals);
  const id = newAccountId(identity);
  if (!id) return undefined;
  const { merged, absorbedIds } = await db.transaction('rw', db.accounts, db.fits, async () => {
    const [kept, ...others] = await findByIdentity(db.accounts, identity);
    const existing = kept ? others.reduce(absorbAccount, kept) : undefined;
    const absorbed = others.map((other) => other.id);
    await db.accounts.bulkDelete(absorbed);
    await db.fits.bulkDelete(absorbed);
    const account = mergeObservation(existing, observation, id);
    await db.accounts.put(account);
    return { merged: account, absorbedIds: absorbed };
  });
  // Whoever still names an absorbed account (a tab showing its page) must now name the one kept.
  if (absorbedIds.length > 0) await hooks.onAbsorbed?.(absorbedIds, merged.id);
  return merged;
}

async function findByIdentity(
  table: EntityTable<Account, 'id'>,
  identity: AccountIdentity,
): Promise<Account[]> {
  const found: Account[] = [];
  for (const key of IDENTITY_KEYS) {
    const value = identity[key];
    const match = value ? await table.where(key).equals(value).first() : undefined;
    if (match && !found.some((account) => account.id === match.id) && !isOtherCompany(match, identity)) {
      found.push(match);
    }
  }
  return found;
}

/**
 * Two different domains are two companies, whatever LinkedIn page they link to: a brand's site
 * often links its parent's LinkedIn page, and must not take over the parent's account.
 */
function isOtherCompany(account: Account, identity: AccountIdentity): boolean {
  return !!account.domain && !!identity.domain && account.domain !== identity.domain;
}

/** The stored account a LinkedIn company URL or organization id names, if Fitcheck has seen it. */
export async function findAccountByLinkedIn(
  db: FitcheckDb,
  ref: { slug?: string; orgId?: string },
): Promise<Account | undefined> {
  const found = await findByIdentity(db.accounts, { linkedinSlug: ref.slug, linkedinOrgId: ref.orgId });
  return found[0] ? parseAccount(found[0]) : undefined;
}

/** Reads an account, checking the stored row still fits today's schema. */
export async function getAccount(db: FitcheckDb, id: string): Promise<Account | undefined> {
  return parseAccount(await db.accounts.get(id));
}

function parseAccount(row: unknown): Account | undefined {
  const parsed = accountSchema.safeParse(row);
  return parsed.success ? parsed.data : undefined;
}
