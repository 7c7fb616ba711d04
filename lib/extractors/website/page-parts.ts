import { collapse, visibleText } from '@/lib/extractors/dom-text';

/**
 * Where on a company site a statement counts. A site states facts about itself in its chrome
 * (header, nav, footer), in badges and trust sections and in calls to action; it merely mentions
 * things in prose (paragraphs, articles, blog posts). Readers that must not trust prose ask
 * `isProse` and `isChrome`.
 */
const CHROME_TAGS = new Set(['HEADER', 'NAV', 'FOOTER']);
const CHROME_ROLES = new Set(['banner', 'navigation', 'contentinfo']);
const PROSE_TAGS = new Set(['ARTICLE', 'BLOCKQUOTE']);
const PROSE_CLASS = /(^|\s)(post-content|entry-content)(\s|$)/;
const TRUST_SECTION = /(^|[\s_-])(trust|security|compliance|badges?|certifications?|certified)([\s_-]|$)/i;
const PAGE_ROOTS = new Set(['BODY', 'HTML', 'MAIN']);

/**
 * The nearest ancestor-or-self that passes `test`. A plain walk with tag and attribute checks:
 * `closest()` with selector lists costs far more on big pages in DOM emulations.
 */
export function findAncestor(element: Element, test: (node: Element) => boolean): Element | undefined {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (test(node)) return node;
  }
  return undefined;
}

export function hasTag(tags: ReadonlySet<string>): (node: Element) => boolean {
  return (node) => tags.has(node.tagName);
}

export function isChrome(element: Element): boolean {
  return (
    findAncestor(
      element,
      (node) => CHROME_TAGS.has(node.tagName) || CHROME_ROLES.has(node.getAttribute('role') ?? ''),
    ) !== undefined
  );
}

/**
 * Inside an article or a post body, or inline in a paragraph's sentence: the page talks, it does
 * not claim. A paragraph that holds nothing but the element (a button wrapped in <p>) is no prose.
 */
export function isProse(element: Element): boolean {
  const proseContainer = findAncestor(
    element,
    (node) => PROSE_TAGS.has(node.tagName) || PROSE_CLASS.test(node.getAttribute('class') ?? ''),
  );
  if (proseContainer) return true;
  const paragraph = findAncestor(element, (node) => node.tagName === 'P');
  if (!paragraph || paragraph === element) return paragraph === element;
  return visibleText(paragraph).length > labelOf(element).length + 3;
}

/** A section whose id or class says it holds trust badges ("trust-badges", "security"). */
export function isTrustSection(element: Element): boolean {
  for (let node: Element | null = element; node && !PAGE_ROOTS.has(node.tagName); node = node.parentElement) {
    const marker = `${node.id} ${node.getAttribute('class') ?? ''}`;
    if (TRUST_SECTION.test(marker)) return true;
  }
  return false;
}

/** The page's first h1, visible text. */
export function firstHeading(doc: Document): string {
  const h1 = doc.querySelector('h1');
  return h1 ? visibleText(h1) : '';
}

/** Text of an element or, for an image, its alt/title; collapsed. */
export function labelOf(element: Element): string {
  if (element.tagName === 'IMG') {
    return collapse(element.getAttribute('alt') || element.getAttribute('title') || '');
  }
  if (element.tagName === 'INPUT') return collapse(element.getAttribute('value') ?? '');
  return visibleText(element);
}

/** Resolves a link against the page; undefined for anything not http(s). */
export function linkUrl(anchor: Element, base: URL): URL | undefined {
  const href = anchor.getAttribute('href');
  if (!href) return undefined;
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** True when the page's path or its h1 names one of the kinds (e.g. careers, press). */
export function pageIs(doc: Document, url: URL, pathWords: RegExp, headingWords: RegExp): boolean {
  return pathWords.test(url.pathname.toLowerCase()) || headingWords.test(firstHeading(doc));
}
