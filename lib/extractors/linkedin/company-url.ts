/**
 * LinkedIn company URLs on any subdomain (www., de., sg.…): /company/<slug>/ and its tabs.
 * The slug identifies the account until its website gives a domain.
 */
const COMPANY_PATH = /^\/company\/([^/?#]+)(?:\/|$)/;

export function isLinkedInHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === 'linkedin.com' || host.endsWith('.linkedin.com');
}

export function companySlugOf(url: URL): string | undefined {
  if (!isLinkedInHost(url.hostname)) return undefined;
  const match = COMPANY_PATH.exec(url.pathname);
  if (!match?.[1]) return undefined;
  try {
    const slug = decodeURIComponent(match[1]).trim().toLowerCase();
    return slug && !slug.includes('/') ? slug : undefined;
  } catch {
    return undefined;
  }
}

export function canonicalCompanyUrl(slug: string): string {
  return `https://www.linkedin.com/company/${encodeURIComponent(slug)}/`;
}
