import { type Browser, browser } from 'wxt/browser';
import { ALL_SITES } from '@/lib/permissions';
import { CRUNCHBASE_EXTRACTORS, LINKEDIN_EXTRACTORS } from '@/lib/extractors/known-site-extractors';
import { OTHER_SOURCES, isCompanySiteUrl } from '@/lib/extractors/website/site-url';

/**
 * Reading company websites. LinkedIn and Crunchbase are read by a content script declared in
 * the manifest; any other site only when the user asks: by opening the popup on it (activeTab
 * grants this one tab) or, once the user grants the optional all-sites permission, on every
 * page load through a content script registered at run time.
 */
const WEBSITE_SCRIPT = '/content-scripts/website.js';
/** The manifest's content scripts, each with the extractors it carries. */
const KNOWN_SITE_SCRIPTS = [
  { file: '/content-scripts/linkedin.js', extractors: LINKEDIN_EXTRACTORS },
  { file: '/content-scripts/crunchbase.js', extractors: CRUNCHBASE_EXTRACTORS },
] as const;
const REGISTRATION_ID = 'fitcheck-website-reader';
const KNOWN_SITES = OTHER_SOURCES.map((domain) => `*://*.${domain}/*`);

function parsedUrl(raw: string | undefined): URL | undefined {
  try {
    return raw ? new URL(raw) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads a tab now; false when it is no page we read. A website gets the website reader (the
 * popup click granted activeTab). A LinkedIn or Crunchbase tab that was open before Fitcheck
 * was installed or updated never got its manifest content script, so it gets it now.
 */
export async function readTabNow(tabId: number): Promise<boolean> {
  const url = parsedUrl((await browser.tabs.get(tabId)).url);
  if (!url) return false;
  const knownSite = KNOWN_SITE_SCRIPTS.find(({ extractors }) =>
    extractors.some((extractor) => extractor.matches(url)),
  );
  const file = isCompanySiteUrl(url) ? WEBSITE_SCRIPT : knownSite?.file;
  if (!file) return false;
  await browser.scripting.executeScript({ target: { tabId }, files: [file] });
  return true;
}

let syncing: Promise<boolean> = Promise.resolve(false);

/**
 * Registers or unregisters the automatic website reader to match the permission the user gave.
 * Calls run one after another: the permission event and the options page often ask at once.
 */
export function syncWebsiteReading(): Promise<boolean> {
  syncing = syncing.catch(() => false).then(syncRegistration);
  return syncing;
}

/**
 * The automatic reader starts with the page (document_start) and reads it at DOMContentLoaded,
 * so the badge follows the page closely; see lib/content/start-reading.ts.
 */
const REGISTRATION: Browser.scripting.RegisteredContentScript = {
  id: REGISTRATION_ID,
  js: [WEBSITE_SCRIPT],
  matches: ALL_SITES.origins,
  excludeMatches: KNOWN_SITES,
  runAt: 'document_start',
  persistAcrossSessions: true,
};

async function syncRegistration(): Promise<boolean> {
  const granted = await browser.permissions.contains(ALL_SITES);
  const [registered] = await browser.scripting.getRegisteredContentScripts({ ids: [REGISTRATION_ID] });
  if (granted && !registered) await browser.scripting.registerContentScripts([REGISTRATION]);
  // A registration persists across updates: one made by an older version is brought up to date.
  if (granted && registered && registered.runAt !== REGISTRATION.runAt)
    await browser.scripting.updateContentScripts([REGISTRATION]);
  if (!granted && registered) await browser.scripting.unregisterContentScripts({ ids: [REGISTRATION_ID] });
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
  // The page's own world answered: keep only names that were asked about.
  const asked = new Set(candidates);
  return Array.isArray(present)
    ? present.filter((name): name is string => typeof name === 'string' && asked.has(name))
    : [];
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
