import { companySlugOf } from '@/lib/extractors/linkedin/company-url';
import { registrableDomain } from '@/lib/signals/domain';

/** One company named by a suppression list row or an account fact: by its domain or its LinkedIn page. */
export type ListEntry = { kind: 'domain'; value: string } | { kind: 'linkedin'; value: string };

/**
 * Reads a CSV cell or a fact as a company identity. A LinkedIn company URL (with or without
 * https://, any subdomain, any tab) gives its slug; anything else that has a registrable domain
 * ("https://www.acme.co.uk/about", "Acme.com", "sales@acme.com") gives the domain. A name such
 * as "Acme Inc" gives nothing: names are too ambiguous to suppress an account on.
 */
export function readListEntry(cell: string): ListEntry | undefined {
  const text = cell.trim();
  if (text === '' || text.length > 2000) return undefined;
  const slug = linkedinSlugOf(text);
  if (slug) return { kind: 'linkedin', value: slug };
  if (/linkedin\.com/i.test(text)) return undefined;
  const domain = registrableDomain(text.includes('@') ? (text.split('@').pop() ?? '') : text);
  return domain ? { kind: 'domain', value: domain } : undefined;
}

function linkedinSlugOf(text: string): string | undefined {
  if (!/(^|[/.])linkedin\.com\//i.test(text)) return undefined;
  try {
    return companySlugOf(new URL(/^https?:\/\//i.test(text) ? text : `https://${text}`));
  } catch {
    return undefined;
  }
}
