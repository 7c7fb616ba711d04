import { collapse } from '@/lib/extractors/dom-text';

/**
 * Parts of an organization page that describe other companies or hide values: similar
 * companies, news, investments, the paywall overlay and blurred (guest-locked) values.
 */
const NOISE_HEADINGS =
  /^(similar companies|recent news|news|recent news & activity|investments|acquisitions|competitors|people also viewed|top competitors|trending)/i;
const HIDDEN_VALUE_SELECTOR = [
  '.blurred',
  '.blur',
  '[class*="paywall"]',
  '[class*="blurred"]',
  '[aria-hidden="true"]',
  '[hidden]',
  'template',
  'noscript',
].join(', ');
const SECTION_SELECTOR = 'section-card, section, aside, mat-card, row-card';

export function createNoiseFilter(doc: Document): (element: Element) => boolean {
  const noiseSections: Element[] = [];
  for (const heading of Array.from(doc.querySelectorAll('h2, h3'))) {
    if (!NOISE_HEADINGS.test(collapse(heading.textContent ?? ''))) continue;
    const section = heading.closest(SECTION_SELECTOR);
    if (section) noiseSections.push(section);
  }
  return (element) =>
    element.closest(HIDDEN_VALUE_SELECTOR) !== null ||
    element.closest('aside') !== null ||
    noiseSections.some((section) => section.contains(element));
}
