import { visibleText, visibleTextChunks } from '@/lib/extractors/dom-text';
import { currentCompanyFromLabel } from './profile-labels';
import { cleanLocation, cleanValue, shownText } from './profile-text';
import { companyUrlOfHref } from './profile-url';

export interface TopCardCompany {
  company?: string;
  companyUrl?: string;
  source: string;
}

const GUEST_COMPANY_LINK =
  'a[data-tracking-control-name="public_profile_topcard-current-company"], [data-section="currentPositionsDetails"] a';

/**
 * The current company the top card names: the guest card's current-company link, or the
 * signed-in card's button labelled "Current company: Acme. Click to skip to experience card".
 */
export function readTopCardCompany(topCard: Element): TopCardCompany | undefined {
  const link = topCard.querySelector(GUEST_COMPANY_LINK);
  if (link) {
    const name = shownText(link) || link.querySelector('img[alt]')?.getAttribute('alt');
    return {
      company: cleanValue(name),
      companyUrl: companyUrlOfHref(link.getAttribute('href')),
      source: name ?? link.getAttribute('href') ?? '',
    };
  }
  for (const button of Array.from(topCard.querySelectorAll('[aria-label]'))) {
    const label = button.getAttribute('aria-label') ?? '';
    const company = currentCompanyFromLabel(label);
    if (company) return { company: cleanValue(company), source: label };
  }
  return undefined;
}

/**
 * The member's location line. Guest cards list it first in the first subline, before follower
 * and connection counts. Signed-in cards print it right before the "Contact info" link, which
 * keeps its href in every build, so the location is the text just before that link.
 */
export function readTopCardLocation(topCard: Element): { location: string; source: string } | undefined {
  const subline = topCard.querySelector('.top-card-layout__first-subline');
  if (subline) {
    const items = Array.from(subline.querySelectorAll('.top-card__subline-item'));
    const texts = items.length > 0 ? items.map(visibleText) : visibleTextChunks(subline);
    const location = texts.map((text) => cleanLocation(text)).find(Boolean);
    if (location) return { location, source: location };
  }
  const contactInfo = topCard.querySelector('a[href*="/overlay/contact-info"]');
  const beforeLink = contactInfo ? textBefore(contactInfo) : undefined;
  const fallback = topCard.querySelector('.text-body-small.inline.t-black--light.break-words');
  const text = beforeLink ?? (fallback ? visibleText(fallback) : undefined);
  const location = cleanLocation(text);
  return location && text ? { location, source: text } : undefined;
}

/** The link's separator span, then the location line around it: never up to the headline. */
const MAX_CLIMB = 2;

/** The nearest visible text before `anchor` within a few ancestors, separators dropped. */
function textBefore(anchor: Element): string | undefined {
  let scope = anchor.parentElement;
  for (let depth = 0; scope && depth < MAX_CLIMB; depth++, scope = scope.parentElement) {
    const before = Array.from(scope.querySelectorAll('*')).filter(
      (el) =>
        el.children.length === 0 &&
        !el.contains(anchor) &&
        (anchor.compareDocumentPosition(el) & 2) !== 0 && // Node.DOCUMENT_POSITION_PRECEDING
        !el.closest('h1, h2, button, a, img'),
    );
    for (let i = before.length - 1; i >= 0; i--) {
      const element = before[i];
      const text = element ? visibleText(element).replace(/^[·•\s]+|[·•\s]+$/g, '') : '';
      if (text) return text;
    }
  }
  return undefined;
}
