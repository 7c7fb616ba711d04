import type { FitcheckDb } from '@/lib/db';
import type { Observation } from '@/lib/signals/vocabulary';
import { type Account, accountSchema } from './account';
import { absorbAccount, identityOf, mergeObservation, newAccountId } from './merge';

/**
 * Stores an observation in the account it belongs to, in one transaction. An account first
 * seen by its LinkedIn slug and later by its domain stays one account; when both keys already
 * name different accounts, the domain's account absorbs the slug's.
 * Returns undefined when the observation names no company (no domain, no slug).
 */
export async function recordObservation(
  db: FitcheckDb,
  observation: Observation,
): Promise<Account | undefined> {
  const identity = identityOf(observation.signals);
  const id = newAccountId(identity);
  if (!id) return undefined;
  return db.transaction('rw', db.accounts, async () => {
    const byDomain = identity.domain
      ? await db.accounts.where('domain').equals(identity.domain).first()
      : undefined;
    const bySlug = identity.linkedinSlug
      ? await db.accounts.where('linkedinSlug').equals(identity.linkedinSlug).first()
      : undefined;
    let existing = byDomain ?? bySlug;
    if (byDomain && bySlug && byDomain.id !== bySlug.id) {
      existing = absorbAccount(byDomain, bySlug);
      await db.accounts.delete(bySlug.id);
    }
    const merged = mergeObservation(existing, observation, id);
    await db.accounts.put(merged);
    return merged;
  });
}

/** Reads an account, checking the stored row still fits today's schema. */
export async function getAccount(db: FitcheckDb, id: string): Promise<Account | undefined> {
  const row = await db.accounts.get(id);
  const parsed = accountSchema.safeParse(row);
  return parsed.success ? parsed.data : undefined;
}
