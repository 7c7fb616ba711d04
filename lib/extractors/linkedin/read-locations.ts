import { visibleText, visibleTextChunks } from '@/lib/extractors/dom-text';
import type { SignalSink } from '@/lib/extractors/signal-sink';
import { isPrimaryLocationTag, locationsHeadingCount } from './labels';
import { readHeadquarters } from './read-about';

/**
 * The Locations list (guest and signed-in About): its size, and its Primary entry, which is the
 * headquarters' full address. It comes after the About rows and JSON-LD, so it only fills what
 * they left unknown, typically the country when the HQ row says "Dublin, Dublin".
 */
export function readLocationSignals(
  doc: Document,
  isNoise: (el: Element) => boolean,
  sink: SignalSink,
): void {
  for (const heading of Array.from(doc.querySelectorAll('h2, h3'))) {
    const headingText = visibleText(heading);
    const listHeading = locationsHeadingCount(headingText);
    const region = heading.closest('section') ?? heading.parentElement;
    if (!listHeading || !region || isNoise(heading)) continue;
    const listed = region.querySelectorAll('li').length;
    sink.add('locationsCount', listHeading.count ?? (listed > 0 ? listed : undefined), headingText);
    readPrimaryAddress(region, sink);
    return;
  }
}

function readPrimaryAddress(region: Element, sink: SignalSink): void {
  const tag = Array.from(region.querySelectorAll('span, p, div')).find(
    (element) => element.children.length === 0 && isPrimaryLocationTag(visibleText(element)),
  );
  const entry = tag?.closest('li') ?? tag?.parentElement;
  if (!tag || !entry) return;
  const skip = (element: Element) => element === tag || element.tagName === 'A';
  readHeadquarters(visibleTextChunks(entry, skip).join(', '), sink);
}
