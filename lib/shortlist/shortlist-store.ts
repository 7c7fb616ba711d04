import type { FitcheckDb, ShortlistEntry, ShortlistStatus } from '@/lib/db';

export async function getShortlistEntry(
  db: FitcheckDb,
  accountId: string,
): Promise<ShortlistEntry | undefined> {
  return db.shortlist.get(accountId);
}

/** Adds an account, or updates its status and note; the date it was first added is kept. */
export async function saveShortlistEntry(
  db: FitcheckDb,
  change: { accountId: string; status?: ShortlistStatus; note?: string },
  now: Date,
): Promise<ShortlistEntry> {
  return db.transaction('rw', db.shortlist, async () => {
    const existing = await db.shortlist.get(change.accountId);
    const entry: ShortlistEntry = {
      accountId: change.accountId,
      status: change.status ?? existing?.status ?? 'new',
      note: change.note ?? existing?.note ?? '',
      addedAt: existing?.addedAt ?? now.toISOString(),
      updatedAt: now.toISOString(),
    };
    await db.shortlist.put(entry);
    return entry;
  });
}

export async function removeFromShortlist(db: FitcheckDb, accountIds: readonly string[]): Promise<void> {
  await db.shortlist.bulkDelete([...accountIds]);
}

/** One status for many shortlisted accounts (the dashboard's bulk change); others are left alone. */
export async function setShortlistStatus(
  db: FitcheckDb,
  accountIds: readonly string[],
  status: ShortlistStatus,
  now: Date,
): Promise<number> {
  return db.shortlist
    .where('accountId')
    .anyOf([...accountIds])
    .modify({ status, updatedAt: now.toISOString() });
}
