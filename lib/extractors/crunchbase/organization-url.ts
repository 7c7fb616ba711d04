/**
 * Crunchbase organization pages: https://www.crunchbase.com/organization/<permalink> and its tabs
 * (/company_financials, /people, …). The permalink names the company in the page's state and links.
 */
const ORGANIZATION_PATH = /^\/organization\/([^/?#]+)(?:\/|$)/;
const PERMALINK_SHAPE = /^[\p{L}\p{N}._~-]{1,200}$/u;

export function isCrunchbaseHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === 'crunchbase.com' || host === 'www.crunchbase.com';
}

export function permalinkOf(url: URL): string | undefined {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (!isCrunchbaseHost(url.hostname)) return undefined;
  const match = ORGANIZATION_PATH.exec(url.pathname);
  if (!match?.[1]) return undefined;
  try {
    const permalink = decodeURIComponent(match[1]).trim().toLowerCase();
    return PERMALINK_SHAPE.test(permalink) ? permalink : undefined;
  } catch {
    return undefined;
  }
}

/** The last path segment of a Crunchbase href, lowercase ("/search/…/num_employees_enum/acme" -> "acme"). */
export function lastHrefSegment(href: string): string | undefined {
  try {
    const path = new URL(href, 'https://www.crunchbase.com').pathname.replace(/\/+$/, '');
    const segment = path.slice(path.lastIndexOf('/') + 1);
    return segment ? decodeURIComponent(segment).toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}
