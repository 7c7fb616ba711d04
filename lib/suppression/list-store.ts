import type { FitcheckDb, SuppressionList } from '@/lib/db';

/** Stores a list, replacing an earlier import under the same id (a re-import is the usual refresh). */
export async function storeSuppressionList(db: FitcheckDb, list: SuppressionList): Promise<void> {
  await db.suppressionLists.put(list);
}

export async function deleteSuppressionList(db: FitcheckDb, id: string): Promise<void> {
  await db.suppressionLists.delete(id);
}

/** The lists for the options page: what each holds, without the entries themselves. */
export async function summarizeSuppressionLists(db: FitcheckDb): Promise<SuppressionListSummary[]> {
  const lists = await db.suppressionLists.toArray();
  return lists.map(({ domains, linkedinSlugs, ...rest }) => ({
    ...rest,
    domainCount: domains.length,
    linkedinCount: linkedinSlugs.length,
  }));
}

export type SuppressionListSummary = Omit<SuppressionList, 'domains' | 'linkedinSlugs'> & {
  domainCount: number;
  linkedinCount: number;
};
