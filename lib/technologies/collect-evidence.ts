/**
 * What a page shows about the tools its owner installed: script and link URLs, inline script
 * text, meta tags, page globals and cookie names, and the document for DOM selectors.
 *
 * Never an evidence source: the page's text (paragraphs, headings, link text, image alt), and
 * anything another browser extension put into the page. URLs lose their query string and
 * fragment, so a tracking link such as `?utm_source=hubspot` cannot name a tool.
 */

export interface MetaTag {
  /** The `name` (or `property`/`http-equiv`) attribute, lowercased. */
  name: string;
  content: string;
}

export interface PageEvidence {
  /** <script src> URLs, query and fragment dropped, extension URLs left out. */
  scriptSrcs: string[];
  /** stylesheet/preconnect/prefetch/preload/dns-prefetch/modulepreload <link href> URLs, likewise. */
  linkHrefs: string[];
  /** Inline script texts (JavaScript and JSON-LD), each capped at MAX_INLINE_SCRIPT_CHARS. */
  inlineScripts: string[];
  metas: MetaTag[];
  /** Dotted global paths the page defines, read by a main-world script (a content script cannot). */
  globals: string[];
  /** Cookie names from `document.cookie`. */
  cookieNames: string[];
  /** Kept for DOM selectors; `detect.ts` skips elements an extension owns. */
  doc: Document;
}

export interface ExtraEvidence {
  globals?: string[];
  /** The raw `document.cookie` string. */
  cookies?: string;
}

export const MAX_INLINE_SCRIPT_CHARS = 100 * 1024;
const MAX_ITEMS = 2000;

const EXTENSION_SCHEMES =
  /^\s*(?:chrome-extension|moz-extension|safari-web-extension|ms-browser-extension|extension):/i;

const LINK_RELS = new Set([
  'stylesheet',
  'preconnect',
  'prefetch',
  'preload',
  'dns-prefetch',
  'modulepreload',
]);

/** Script types whose text is code or data a tool's snippet writes; templates and the like are not. */
const INLINE_SCRIPT_TYPES = new Set([
  '',
  'text/javascript',
  'application/javascript',
  'module',
  'application/ld+json',
  'application/json',
  'text/x-magento-init',
]);

export function isExtensionUrl(url: string): boolean {
  return EXTENSION_SCHEMES.test(url);
}

/** Drops query string and fragment, and gives protocol-relative URLs a scheme. */
export function stripUrl(raw: string): string {
  const trimmed = raw.trim();
  const cut = trimmed.search(/[?#]/);
  const bare = cut === -1 ? trimmed : trimmed.slice(0, cut);
  return bare.startsWith('//') ? `https:${bare}` : bare;
}

export function collectPageEvidence(doc: Document, extra: ExtraEvidence = {}): PageEvidence {
  const scriptSrcs: string[] = [];
  const inlineScripts: string[] = [];
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    const src = script.getAttribute('src');
    if (src !== null) {
      const url = stripUrl(src);
      if (url && !isExtensionUrl(url)) scriptSrcs.push(url);
      continue;
    }
    const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
    if (!INLINE_SCRIPT_TYPES.has(type)) continue;
    const text = script.textContent ?? '';
    if (!text.trim() || mentionsExtensionUrl(text)) continue;
    inlineScripts.push(text.slice(0, MAX_INLINE_SCRIPT_CHARS));
  }

  const linkHrefs: string[] = [];
  for (const link of Array.from(doc.querySelectorAll('link[href]'))) {
    const rels = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (!rels.some((rel) => LINK_RELS.has(rel))) continue;
    const url = stripUrl(link.getAttribute('href') ?? '');
    if (url && !isExtensionUrl(url)) linkHrefs.push(url);
  }

  const metas: MetaTag[] = [];
  for (const meta of Array.from(doc.querySelectorAll('meta[content]'))) {
    const name =
      meta.getAttribute('name') ?? meta.getAttribute('property') ?? meta.getAttribute('http-equiv');
    if (name)
      metas.push({ name: name.trim().toLowerCase(), content: (meta.getAttribute('content') ?? '').trim() });
  }

  return {
    scriptSrcs: unique(scriptSrcs),
    linkHrefs: unique(linkHrefs),
    inlineScripts: inlineScripts.slice(0, MAX_ITEMS),
    metas: metas.slice(0, MAX_ITEMS),
    globals: unique((extra.globals ?? []).map((path) => path.trim()).filter(Boolean)),
    cookieNames: unique(parseCookieNames(extra.cookies ?? '')),
    doc,
  };
}

/** An inline script that loads or names extension resources was put there by an extension. */
function mentionsExtensionUrl(text: string): boolean {
  return /\b(?:chrome-extension|moz-extension|safari-web-extension):\/\//i.test(text);
}

export function parseCookieNames(cookies: string): string[] {
  return cookies
    .split(';')
    .map((pair) => {
      const eq = pair.indexOf('=');
      return (eq === -1 ? pair : pair.slice(0, eq)).trim();
    })
    .filter(Boolean);
}

function unique(list: string[]): string[] {
  return [...new Set(list)].slice(0, MAX_ITEMS);
}
