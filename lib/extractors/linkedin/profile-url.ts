import { canonicalCompanyUrl, companySlugOf, isLinkedInHost } from './company-url';

/**
 * LinkedIn member profile URLs on any subdomain: /in/<slug>/ and its sub-pages (/in/x/details/…).
 * The vanity slug is case-insensitive and kept lower case; a member-id slug (/in/ACoAAB…) is
 * case-sensitive and kept as written.
 */
const PROFILE_PATH = /^\/in\/([^/?#]+)(?:\/|$)/;
const MEMBER_ID_SLUG = /^ACo[A-Za-z0-9_-]{10,}$/;

export function profileSlugOf(url: URL): string | undefined {
  if (!isLinkedInHost(url.hostname)) return undefined;
  const match = PROFILE_PATH.exec(url.pathname);
  if (!match?.[1]) return undefined;
  try {
    const slug = decodeURIComponent(match[1]).trim();
    if (!slug || slug.includes('/')) return undefined;
    return isMemberIdSlug(slug) ? slug : slug.toLowerCase();
  } catch {
    return undefined;
  }
}

export function isMemberIdSlug(slug: string): boolean {
  return MEMBER_ID_SLUG.test(slug);
}

export function canonicalProfileUrl(slug: string): string {
  return `https://www.linkedin.com/in/${encodeURIComponent(slug)}/`;
}

/** An href as the page writes it (relative, another subdomain, ?trk=…) as a LinkedIn URL. */
function linkedInUrlOf(href: string): URL | undefined {
  try {
    return new URL(href, 'https://www.linkedin.com/');
  } catch {
    return undefined;
  }
}

/** `https://www.linkedin.com/company/<slug>/` for a company link; numeric ids stay digits. */
export function companyUrlOfHref(href: string | null | undefined): string | undefined {
  const url = href ? linkedInUrlOf(href) : undefined;
  const slug = url ? companySlugOf(url) : undefined;
  return slug ? canonicalCompanyUrl(slug) : undefined;
}

export function profileSlugOfHref(href: string | null | undefined): string | undefined {
  const url = href ? linkedInUrlOf(href) : undefined;
  return url ? profileSlugOf(url) : undefined;
}
