import { visibleTextChunks } from '@/lib/extractors/dom-text';
import type { SignalSink } from '@/lib/extractors/signal-sink';
import { normalizeEmployeeRange } from '@/lib/signals/employee-range';
import { canonicalIndustry } from '@/lib/signals/linkedin-industries';
import { parseHeadquarters } from '@/lib/signals/location';
import { parseLocaleCount } from '@/lib/signals/parse-number';
import { type LabelLanguage, mentionsEmployees, mentionsFollowers } from './labels';

/**
 * The top card has no labels: its items (industry, location, followers, size) come in an order
 * that varies and any may be missing, so each item is classified by what its text is, never
 * by its position or class. Text that fits no class (a tagline) is left alone.
 */
export function readTopCardSignals(
  heading: Element,
  topCard: Element | undefined,
  sink: SignalSink,
  language: LabelLanguage = 'en',
): void {
  if (!topCard) return;
  for (const item of topCardItems(topCard, heading)) classifyItem(item, sink, language);
}

function topCardItems(topCard: Element, heading: Element): string[] {
  const skip = (el: Element) => el === heading || el.tagName === 'BUTTON';
  const chunks = visibleTextChunks(topCard, skip).flatMap((chunk) =>
    chunk.split(/\s+[·•|]\s+|^[·•]\s*|\s*[·•]$/),
  );
  return joinDetachedNumbers(chunks.map((chunk) => chunk.trim()).filter(Boolean));
}

/** `<span>182K</span> followers` arrives as two chunks; a person reads it as one. */
function joinDetachedNumbers(chunks: string[]): string[] {
  const items: string[] = [];
  for (const chunk of chunks) {
    const previous = items.at(-1);
    if (previous && /^[\d.,\s]+[KMB+]?\+?$/i.test(previous) && /^\p{L}/u.test(chunk)) {
      items[items.length - 1] = `${previous} ${chunk}`;
    } else {
      items.push(chunk);
    }
  }
  return items;
}

/** Top-card items are short ("182,405 followers"); a sentence is a post or a tagline, not a fact. */
const MAX_ITEM_LENGTH = 80;

function classifyItem(text: string, sink: SignalSink, language: LabelLanguage): void {
  if (text.length > MAX_ITEM_LENGTH) return;
  if (mentionsFollowers(text)) {
    sink.add('followers', parseLocaleCount(text, language), text);
    return;
  }
  if (mentionsEmployees(text)) {
    const band = normalizeEmployeeRange(text, language);
    if (band) sink.add('employeeRange', band, text);
    else sink.add('employeesOnLinkedIn', parseLocaleCount(text, language), text);
    return;
  }
  const industry = canonicalIndustry(text);
  if (industry) {
    sink.add('industry', industry, text);
    return;
  }
  readRecognizedLocation(text, sink);
}

/** Only a place we can place in a country counts: a lone word could be a tagline. */
function readRecognizedLocation(text: string, sink: SignalSink): void {
  if (text.length > 80 || /\d{3,}/.test(text)) return;
  const place = parseHeadquarters(text);
  if (!place.country) return;
  sink.add('hqCity', place.city, text);
  sink.add('hqRegion', place.region, text);
  sink.add('hqCountry', place.country, text);
}
