import { visibleText } from '@/lib/extractors/dom-text';
import { isOtherCompaniesHeading } from './labels';

/**
 * Where on a LinkedIn page the company itself is described, as opposed to the other companies
 * that every page also shows (right rail, "People also viewed", posts, suggestions). Found by
 * structure (aside, footer, a region whose heading names other companies), never by class.
 */
export interface PageRegions {
  /** The company's own h1. */
  heading: Element | undefined;
  /** The block around the h1 that holds the unlabelled top-card items. */
  topCard: Element | undefined;
  isNoise(element: Element): boolean;
}

const NOISE_CONTAINERS = 'aside, footer, [role="complementary"], [role="contentinfo"], article';
/** Top-card climbing stops below any ancestor that also holds these: they are other sections. */
const SECTION_BOUNDARY = 'dl, nav, article, aside, footer, [data-test-id="about-us"]';
const MAX_TOP_CARD_DEPTH = 6;
/** An h1, or what screen readers are told is one when a redesign drops the tag. */
const PAGE_HEADING = 'h1, [role="heading"][aria-level="1"]';
/** A top card is a few short lines; a block with more text than this holds other sections. */
const MAX_TOP_CARD_TEXT = 3000;

export function findPageRegions(doc: Document): PageRegions {
  const noiseRoots = findNoiseRoots(doc);
  const isNoise = (element: Element) => noiseRoots.some((root) => root.contains(element));
  const heading = findCompanyHeading(doc, isNoise);
  return { heading, topCard: heading ? topCardAround(heading) : undefined, isNoise };
}

function findNoiseRoots(doc: Document): Element[] {
  const roots = Array.from(doc.querySelectorAll(NOISE_CONTAINERS));
  for (const heading of Array.from(doc.querySelectorAll('h2, h3'))) {
    if (!isOtherCompaniesHeading(visibleText(heading))) continue;
    const region = heading.closest('section') ?? heading.parentElement;
    if (region) roots.push(region);
  }
  return roots;
}

function findCompanyHeading(doc: Document, isNoise: (el: Element) => boolean): Element | undefined {
  const scopes = [doc.querySelector('main'), doc.body].filter((scope): scope is HTMLElement => !!scope);
  for (const scope of scopes) {
    const heading = Array.from(scope.querySelectorAll(PAGE_HEADING)).find(
      (h1) => !isNoise(h1) && visibleText(h1) !== '',
    );
    if (heading) return heading;
  }
  return undefined;
}

function topCardAround(heading: Element): Element {
  let card = heading.parentElement ?? heading;
  for (let depth = 0; depth < MAX_TOP_CARD_DEPTH; depth++) {
    const parent = card.parentElement;
    if (!parent || parent.tagName === 'BODY' || parent.tagName === 'MAIN') break;
    if (parent.querySelector(SECTION_BOUNDARY)) break;
    if ((parent.textContent ?? '').length > MAX_TOP_CARD_TEXT) break;
    card = parent;
  }
  return card;
}
