import { isSameSite, siteHost } from '@/lib/signals/site-domain';

/** Hosts another extractor reads (LinkedIn, Crunchbase): never a company's own site. */
export const OTHER_SOURCES = ['linkedin.com', 'crunchbase.com'];

export function isHostOf(hostname: string, domain: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return host === domain || host.endsWith(`.${domain}`);
}

/** Any http(s) page on a named host (not an IP, not localhost) that is not LinkedIn or Crunchbase. */
export function isCompanySiteUrl(url: URL): boolean {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (OTHER_SOURCES.some((domain) => isHostOf(url.hostname, domain))) return false;
  return siteHost(url.href) !== undefined;
}

/** https://www.linkedin.com/company/<slug>/ from any LinkedIn company link; /in/, shareArticle etc. give undefined. */
export function linkedInCompanyUrl(href: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  if (!isHostOf(url.hostname, 'linkedin.com')) return undefined;
  const match = /^\/company\/([^/?#]+)\/?/.exec(url.pathname);
  if (!match?.[1]) return undefined;
  try {
    const slug = decodeURIComponent(match[1]).trim().toLowerCase();
    if (!slug || /[/\s]/.test(slug)) return undefined;
    return `https://www.linkedin.com/company/${encodeURIComponent(slug)}/`;
  } catch {
    return undefined;
  }
}

/** True when a URL (or JSON-LD url/@id) belongs to the site whose host is `domain` (siteHost). */
export function isOnDomain(href: string | undefined, domain: string): boolean {
  const host = href === undefined ? undefined : siteHost(href);
  return host !== undefined && isSameSite(host, domain);
}
