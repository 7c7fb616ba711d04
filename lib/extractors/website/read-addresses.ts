import { collapse, visibleText } from '@/lib/extractors/dom-text';
import type { SignalSink } from '@/lib/extractors/signal-sink';
import { countryCode } from '@/lib/signals/location';
import { findAncestor, hasTag, pageIs } from './page-parts';
import { parseAddressLines, type PostalAddress } from './postal-address';

const LOCATIONS_PATH =
  /(^|\/)(contact(-us)?|locations?|offices?|impressum|imprint|legal-notice|mentions-legales|aviso-legal|kontakt|standorte|about(-us)?)(\/|$)/;
const LOCATIONS_HEADING =
  /\b(contact|locations|offices|impressum|imprint|kontakt|standorte|mentions légales|aviso legal)\b/i;
const HQ_LABEL =
  /\b(headquarters|head office|HQ|hauptsitz|firmensitz|unternehmenssitz|sitz der gesellschaft|siège|sede central|sede social|matriz|genel merkez|hoofdkantoor)\b/i;
const BLOCK_SELECTOR = 'address, [itemtype*="schema.org/PostalAddress"], p, li, dd, td, div';
const SKIPPED_TAGS = new Set(['HEADER', 'NAV', 'FOOTER', 'SCRIPT', 'STYLE', 'TEMPLATE']);
const HIDDEN_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'SVG', 'NOSCRIPT']);
const BLOCK_TAGS = /^(ADDRESS|P|LI|DD|DT|TD|DIV|H[1-6]|SECTION|ARTICLE|UL|OL|DL|TR|TABLE)$/;

/**
 * Postal addresses on a contact, locations or Impressum page: `<address>` blocks, schema.org
 * PostalAddress microdata and Impressum text blocks. locationsCount is the number of distinct
 * addresses; the one labelled Headquarters/HQ/Hauptsitz/Siège (else the first) gives the hq
 * fields when the JSON-LD Organization did not. Other pages' footers are not read: one address
 * in a footer is no count of locations.
 */
export function readAddressSignals(doc: Document, url: URL, sink: SignalSink): void {
  if (!pageIs(doc, url, LOCATIONS_PATH, LOCATIONS_HEADING)) return;
  const addresses: { address: PostalAddress; labelled: boolean }[] = [];
  const seen = new Set<string>();
  for (const block of Array.from(doc.body?.querySelectorAll(BLOCK_SELECTOR) ?? [])) {
    if (findAncestor(block, hasTag(SKIPPED_TAGS))) continue;
    if (isWrapper(block)) continue;
    const address = isMicrodata(block) ? readMicrodata(block) : parseAddressLines(linesOf(block));
    if (!address || seen.has(address.key)) continue;
    seen.add(address.key);
    addresses.push({ address, labelled: isLabelledHq(block) });
  }
  if (addresses.length === 0) return;
  const texts = addresses.map(({ address }) => address.text);
  sink.add('locationsCount', addresses.length, texts.join(' / '));
  if (sink.has('hqCity') || sink.has('hqCountry')) return;
  const hq = (addresses.find(({ labelled }) => labelled) ?? addresses[0])?.address;
  if (!hq) return;
  sink.add('hqCity', hq.city, hq.text);
  sink.add('hqRegion', hq.region, hq.text);
  sink.add('hqCountry', hq.country, hq.text);
}

/** A block holding other address blocks is read through them, not as one long address. */
function isWrapper(block: Element): boolean {
  if (isMicrodata(block) || block.tagName === 'ADDRESS') return false;
  if (findAncestor(block, (node) => node.tagName === 'ADDRESS' || isMicrodata(node))) return true;
  return hasBlockDescendant(block);
}

function hasBlockDescendant(element: Element): boolean {
  return Array.from(element.children).some(
    (child) => BLOCK_TAGS.test(child.tagName) || hasBlockDescendant(child),
  );
}

function isMicrodata(element: Element): boolean {
  return /schema\.org\/PostalAddress/i.test(element.getAttribute('itemtype') ?? '');
}

function readMicrodata(block: Element): PostalAddress | undefined {
  const prop = (name: string) => {
    const element = block.querySelector(`[itemprop="${name}"]`);
    return element ? collapse(element.getAttribute('content') ?? visibleText(element)) : '';
  };
  const city = prop('addressLocality');
  if (!city) return undefined;
  const region = prop('addressRegion') || undefined;
  const countryText = prop('addressCountry');
  const text = [prop('streetAddress'), `${prop('postalCode')} ${city}`.trim(), region, countryText]
    .filter(Boolean)
    .join(', ');
  const key = `${prop('streetAddress')}|${prop('postalCode') || city}`.toLowerCase();
  return { key, city, region, country: countryText ? countryCode(countryText) : undefined, text };
}

function isLabelledHq(block: Element): boolean {
  const previous = block.previousElementSibling;
  const parentHeading = block.parentElement?.querySelector('h1, h2, h3, h4, h5, h6, dt, strong');
  return [
    visibleText(block).slice(0, 80),
    previous ? visibleText(previous) : '',
    parentHeading ? visibleText(parentHeading) : '',
  ].some((text) => HQ_LABEL.test(text));
}

/** The block's text split where a reader sees line breaks: <br> and nested blocks. */
function linesOf(block: Element): string[] {
  const lines: string[] = [''];
  const walk = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) lines[lines.length - 1] += child.textContent ?? '';
      if (child.nodeType !== 1) continue;
      const element = child as Element;
      const hidden = /(^|\s)(sr-only|visually-hidden)(\s|$)/.test(element.getAttribute('class') ?? '');
      if (HIDDEN_TAGS.has(element.tagName.toUpperCase()) || element.hasAttribute('hidden') || hidden)
        continue;
      if (element.tagName === 'BR' || BLOCK_TAGS.test(element.tagName)) lines.push('');
      walk(element);
      if (BLOCK_TAGS.test(element.tagName)) lines.push('');
    }
  };
  walk(block);
  return lines.map(collapse).filter(Boolean);
}
