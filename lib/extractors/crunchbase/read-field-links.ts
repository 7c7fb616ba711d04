import { visibleText } from '@/lib/extractors/dom-text';
import type { SignalSink } from '@/lib/extractors/signal-sink';
import { normalizeEmployeeRange } from '@/lib/signals/employee-range';
import { normalizeFundingStage } from '@/lib/signals/funding-stage';
import { parseHeadquarters } from '@/lib/signals/location';
import { parseUsdAmount } from '@/lib/signals/money';
import { lastHrefSegment, permalinkOf } from './organization-url';
import { isoDayFromDisplay } from './values';

/**
 * The rendered profile: `a[href*="/field/organizations/<field>/<permalink>"]` links, the most
 * stable hooks Crunchbase's markup has. A link must end in the page's own permalink, so the
 * same links on similar companies' cards are never read.
 */
function fieldLinks(doc: Document, field: string, isNoise: (el: Element) => boolean): Element[] {
  return Array.from(doc.querySelectorAll(`a[href*="/field/organizations/${field}/"]`)).filter(
    (link) => !isNoise(link),
  );
}

function ownLink(
  doc: Document,
  field: string,
  permalink: string,
  isNoise: (el: Element) => boolean,
): Element | undefined {
  return fieldLinks(doc, field, isNoise).find(
    (link) => lastHrefSegment(link.getAttribute('href') ?? '') === permalink,
  );
}

export function readFieldLinkSignals(
  doc: Document,
  permalink: string,
  isNoise: (el: Element) => boolean,
  sink: SignalSink,
): void {
  const link = (field: string) => ownLink(doc, field, permalink, isNoise);
  const fields = ['num_employees_enum', 'last_funding_type', 'last_funding_at', 'funding_total'];
  // The heading and location links do not name the company: trust them only on its own page.
  if (isPageOf(doc, permalink, () => fields.some((field) => link(field) !== undefined))) {
    const heading = doc.querySelector('h1.profile-name');
    const name = heading && !isNoise(heading) ? visibleText(heading) : '';
    sink.add('name', name || undefined, name);
    readHeadquarters(fieldLinks(doc, 'location_identifiers', isNoise)[0], sink);
  }
  const size = link('num_employees_enum');
  const sizeText = size ? visibleText(size) : '';
  if (size) sink.add('employeeRange', normalizeEmployeeRange(sizeText), sizeText);
  const stage = link('last_funding_type');
  const stageText = stage ? visibleText(stage) : '';
  if (stage) sink.add('fundingStage', normalizeFundingStage(stageText), stageText);
  const date = link('last_funding_at');
  const dateText = date ? visibleText(date) : '';
  if (date) sink.add('lastFundingDate', isoDayFromDisplay(dateText), dateText);
  readTotalFunding(link('funding_total'), sink);
}

/**
 * Whether the rendered page is the permalink's, not the last company's after an in-app
 * navigation: the canonical link names it, or (without one) its own field links are there.
 */
function isPageOf(doc: Document, permalink: string, hasOwnLinks: () => boolean): boolean {
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  if (!canonical) return hasOwnLinks();
  try {
    return permalinkOf(new URL(canonical, 'https://www.crunchbase.com')) === permalink;
  } catch {
    return false;
  }
}

/** "$120M" (the `title` holds the unabbreviated form when there is one); "€12M" is unknown. */
function readTotalFunding(link: Element | undefined, sink: SignalSink): void {
  if (!link) return;
  const titled = link.querySelector('[title]')?.getAttribute('title') ?? link.getAttribute('title');
  const text = titled?.trim() || visibleText(link);
  sink.add('totalFundingUsd', parseUsdAmount(text), text);
}

/** "Austin, Texas, United States": the first location link and its sibling links, in order. */
function readHeadquarters(first: Element | undefined, sink: SignalSink): void {
  const container = first?.closest('.field-type-identifier-multi') ?? first?.parentElement;
  if (!first || !container) return;
  const parts = Array.from(container.querySelectorAll('a'))
    .map((anchor) => visibleText(anchor))
    .filter(Boolean);
  const line = parts.join(', ');
  const hq = parseHeadquarters(line);
  sink.add('hqCity', hq.city, line);
  sink.add('hqRegion', hq.region, line);
  sink.add('hqCountry', hq.country, line);
}
