import { companySlugOf } from './company-url';

/**
 * The company slugs the page itself names: its canonical link and its own tab navigation
 * (Home, About, Jobs…). After an in-app navigation LinkedIn changes the URL first and
 * renders the new company later; until then the page still describes the previous company,
 * and reading it under the new URL would give one company's facts to another.
 */
export function slugsNamedByPage(doc: Document, isNoise: (el: Element) => boolean): Set<string> {
  const slugs = new Set<string>();
  const links = [
    ...Array.from(doc.querySelectorAll('link[rel="canonical"][href]')),
    ...Array.from(doc.querySelectorAll('nav a[href*="/company/"]')).filter((link) => !isNoise(link)),
  ];
  for (const link of links) {
    const slug = slugOfHref(link.getAttribute('href') ?? '');
    if (slug) slugs.add(slug);
  }
  return slugs;
}

/** Relative hrefs are LinkedIn paths wherever the page is served from. */
function slugOfHref(href: string): string | undefined {
  try {
    return companySlugOf(new URL(href, 'https://www.linkedin.com/'));
  } catch {
    return undefined;
  }
}

/** True when the page names companies and none is the one in the URL: its content is stale. */
export function isStaleContent(urlSlug: string, namedSlugs: ReadonlySet<string>): boolean {
  // A numeric id (/company/1035/) cannot be compared with the slug the page names.
  return namedSlugs.size > 0 && !namedSlugs.has(urlSlug) && !/^\d+$/.test(urlSlug);
}
