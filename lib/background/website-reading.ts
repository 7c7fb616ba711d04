import { browser } from 'wxt/browser';

/**
 * Reading company websites. LinkedIn and Crunchbase are read by a content script declared in
 * the manifest; any other site only when the user asks: by opening the popup on it (activeTab
 * grants this one tab) or, once the user grants the optional all-sites permission, on every
 * page load through a content script registered at run time.
 */
const WEBSITE_SCRIPT = '/content-scripts/website.js';
const REGISTRATION_ID = 'fitcheck-website-reader';
const ALL_SITES = { origins: ['*://*/*'] };
const KNOWN_SITES = ['*://*.linkedin.com/*', '*://*.crunchbase.com/*'];

export function isWebsiteUrl(raw: string | undefined): boolean {
  if (!raw) return false;
  try {
    const url = new URL(raw);
    const host = url.hostname.toLowerCase();
    const known = ['linkedin.com', 'crunchbase.com'].some(
      (site) => host === site || host.endsWith(`.${site}`),
    );
    return (url.protocol === 'http:' || url.protocol === 'https:') && !known;
  } catch {
    return false;
  }
}

/** Runs the website reader in a tab now; false when the tab is not a website we may read. */
export async function readWebsiteTab(tabId: number): Promise<boolean> {
  const tab = await browser.tabs.get(tabId);
  if (!isWebsiteUrl(tab.url)) return false;
  await browser.scripting.executeScript({ target: { tabId }, files: [WEBSITE_SCRIPT] });
  return true;
}

/** Registers or unregisters the automatic website reader to match the permission the user gave. */
export async function syncWebsiteReading(): Promise<boolean> {
  const granted = await browser.permissions.contains(ALL_SITES);
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [REGISTRATION_ID] });
  if (granted && registered.length === 0) {
    await browser.scripting.registerContentScripts([
      {
        id: REGISTRATION_ID,
        js: [WEBSITE_SCRIPT],
        matches: ALL_SITES.origins,
        excludeMatches: KNOWN_SITES,
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  }
  if (!granted && registered.length > 0)
    await browser.scripting.unregisterContentScripts({ ids: [REGISTRATION_ID] });
  return granted;
}

/** Which of the candidate global paths ("Munchkin", "analytics.SNIPPET_VERSION") the page defines. */
export async function probeGlobals(tabId: number, frameId: number, candidates: string[]): Promise<string[]> {
  const [result] = await browser.scripting.executeScript({
    target: { tabId, frameIds: [frameId] },
    world: 'MAIN',
    func: definedGlobals,
    args: [candidates],
  });
  const present = result?.result;
  return Array.isArray(present) ? present.filter((name): name is string => typeof name === 'string') : [];
}

/** Runs in the page's own world: it can see the page's globals, and returns only their names. */
function definedGlobals(candidates: string[]): string[] {
  const defined = (path: string) => {
    let value: unknown = globalThis;
    for (const key of path.split('.')) {
      if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return false;
      value = (value as Record<string, unknown>)[key];
    }
    return value !== undefined;
  };
  return candidates.filter((path) => {
    try {
      return defined(path);
    } catch {
      return false;
    }
  });
}
