import { browser } from 'wxt/browser';
import { z } from 'zod';
import { signalFieldSchema } from '@/lib/signals/vocabulary';

/**
 * What each tab shows: a company, a person, or a page of a kind we read that could not be
 * read. Kept in session storage, not in memory, because the MV3 service worker may be stopped
 * between the page read and the popup opening.
 */
const tabStateSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('company'),
    accountId: z.string(),
    pageKind: z.string().max(64).default('linkedin-company'),
    missing: z.array(signalFieldSchema),
  }),
  z.object({ kind: z.literal('person'), personId: z.string(), missing: z.array(signalFieldSchema) }),
  z.object({ kind: z.literal('unreadable'), pageKind: z.string(), missing: z.array(signalFieldSchema) }),
]);
export type TabState = z.infer<typeof tabStateSchema>;

const key = (tabId: number) => `tab:${tabId}`;

export async function setTabState(tabId: number, state: TabState): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: state });
}

export async function getTabState(tabId: number): Promise<TabState | undefined> {
  const stored = await browser.storage.session.get(key(tabId));
  const parsed = tabStateSchema.safeParse(stored[key(tabId)]);
  return parsed.success ? parsed.data : undefined;
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}

export async function listTabStates(): Promise<[number, TabState][]> {
  const all = await browser.storage.session.get(null);
  return Object.entries(all).flatMap(([name, value]) => {
    const tabId = Number(name.slice(4));
    const parsed = tabStateSchema.safeParse(value);
    return name.startsWith('tab:') && Number.isInteger(tabId) && parsed.success
      ? [[tabId, parsed.data] as [number, TabState]]
      : [];
  });
}

/** Tabs that showed accounts merged into another now show the one kept. */
export async function repointTabs(absorbedIds: readonly string[], keptId: string): Promise<void> {
  for (const [tabId, state] of await listTabStates()) {
    if (state.kind === 'company' && absorbedIds.includes(state.accountId)) {
      await setTabState(tabId, { ...state, accountId: keptId });
    }
  }
}
