import { collapse } from '@/lib/extractors/dom-text';
import { cleanValue, sameName } from './profile-text';

/** The member as the page title states it: "Jane Doe - VP Sales - Acme | LinkedIn". */
export interface TitledFacts {
  name: string;
  jobTitle: string;
  company: string;
  source: string;
}

const LINKEDIN_SUFFIX = /^(.*\S)\s+\|\s*LinkedIn$/;

/**
 * Reads `<title>`, then og:title, only when it has exactly the guest shape: three parts separated
 * by " - ", then "| LinkedIn". Signed-in titles ("(3) Omar Haddad | LinkedIn"), generic titles
 * ("LinkedIn") and titles with a dash inside a part (four parts) say nothing here. The name part
 * must be the h1's name when the h1 gives one, so a title left from another page is not read.
 */
export function readTitledFacts(doc: Document, pageName: string | undefined): TitledFacts | undefined {
  const candidates = [
    doc.querySelector('head > title')?.textContent,
    doc.querySelector('meta[property="og:title"]')?.getAttribute('content'),
  ];
  for (const candidate of candidates) {
    const text = collapse(candidate ?? '');
    const body = LINKEDIN_SUFFIX.exec(text)?.[1];
    const parts = body?.split(' - ') ?? [];
    if (parts.length !== 3) continue;
    const [name, jobTitle, company] = parts.map((part) => cleanValue(part));
    if (!name || !jobTitle || !company) continue;
    if (pageName && !sameName(name, pageName)) continue;
    return { name, jobTitle, company, source: text };
  }
  return undefined;
}
