import { browser } from 'wxt/browser';

/**
 * Which account each tab shows. Kept in session storage, not in memory, because the MV3
 * service worker may be stopped between the page read and the popup opening.
 */
const key = (tabId: number) => `tab:${tabId}`;

export async function setTabAccount(tabId: number, accountId: string): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: accountId });
}

export async function getTabAccount(tabId: number): Promise<string | undefined> {
  const stored = await browser.storage.session.get(key(tabId));
  const value = stored[key(tabId)];
  return typeof value === 'string' ? value : undefined;
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}

export async function listTabAccounts(): Promise<[number, string][]> {
  const all = await browser.storage.session.get(null);
  return Object.entries(all).flatMap(([name, value]) => {
    const tabId = Number(name.slice(4));
    return name.startsWith('tab:') && Number.isInteger(tabId) && typeof value === 'string'
      ? [[tabId, value] as [number, string]]
      : [];
  });
}
