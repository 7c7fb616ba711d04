import { visibleText } from '@/lib/extractors/dom-text';
import { isMemberIdSlug, profileSlugOfHref } from './profile-url';

/**
 * Where on a profile page the member is described. Every profile page also describes other
 * people (right rail "People also viewed", "More profiles for you", posts, recommendations), so
 * regions are found by structure and hooks that survive class hashing (`aside`, `article`,
 * `data-view-name`, h1), never by class names alone.
 */
export interface ProfilePage {
  /** The member's own h1. */
  heading: Element;
  /** The top card around the h1: name, headline, location, current company. */
  topCard: Element;
  isNoise(element: Element): boolean;
}

const NOISE_CONTAINERS =
  'aside, footer, article, [role="complementary"], [role="contentinfo"], [role="dialog"], [aria-modal="true"]';
const TOP_CARD = '[data-view-name="profile-top-card"], .top-card-layout, section';

export function findProfilePage(doc: Document): ProfilePage | undefined {
  const noiseRoots = Array.from(doc.querySelectorAll(NOISE_CONTAINERS));
  const isNoise = (element: Element) => noiseRoots.some((root) => root.contains(element));
  const scopes = [doc.querySelector('main'), doc.body].filter((scope): scope is HTMLElement => !!scope);
  for (const scope of scopes) {
    const heading = Array.from(scope.querySelectorAll('h1')).find(
      (h1) => !isNoise(h1) && visibleText(h1) !== '',
    );
    if (heading) {
      const topCard = heading.closest(TOP_CARD) ?? heading.parentElement ?? heading;
      return { heading, topCard, isNoise };
    }
  }
  return undefined;
}

/**
 * True when the page names members and none is the one in the URL. After an in-app move LinkedIn
 * changes the URL first and renders the new profile later; until then the page still shows the
 * previous member, whose facts must not be filed under the new URL. The page names its member in
 * the canonical link and in the top card's own links (contact info, about this profile).
 */
export function isStaleProfile(doc: Document, page: ProfilePage, urlSlug: string): boolean {
  if (isMemberIdSlug(urlSlug)) return false;
  const links = [
    ...Array.from(doc.querySelectorAll('link[rel="canonical"][href]')),
    ...Array.from(page.topCard.querySelectorAll('a[href*="/in/"]')),
  ];
  const named = new Set<string>();
  for (const link of links) {
    const slug = profileSlugOfHref(link.getAttribute('href'));
    if (slug && !isMemberIdSlug(slug)) named.add(slug);
  }
  return named.size > 0 && !named.has(urlSlug);
}
