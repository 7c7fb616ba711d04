import { type JsonLdNode, recordProp, stringListProp, stringProp, typesOf } from '@/lib/extractors/json-ld';
import { cleanLocation, cleanValue } from './profile-text';
import { companyUrlOfHref, profileSlugOfHref } from './profile-url';

/** What the guest page's JSON-LD Person says, each value with the snippet it was read from. */
export interface PersonFacts {
  name?: string;
  jobTitle?: string;
  company?: string;
  companyUrl?: string;
  location?: string;
  source: string;
}

/**
 * A walled guest page keeps a JSON-LD block reduced to a WebPage whose url is /authwall: the
 * member is not on the page at all.
 */
export function isWalledJsonLd(nodes: JsonLdNode[]): boolean {
  const walled = nodes.some(
    (node) => typesOf(node).includes('WebPage') && /\/authwall\b/.test(stringProp(node, 'url') ?? ''),
  );
  return walled && !nodes.some((node) => typesOf(node).includes('Person'));
}

/**
 * The Person node of this member: the one whose url is this profile, or the only Person when
 * none gives a url. Masked values ("**********", "*** ****") are unknown, not values.
 */
export function readPersonFacts(nodes: JsonLdNode[], slug: string): PersonFacts | undefined {
  const people = nodes.filter((node) => typesOf(node).includes('Person'));
  const withUrl = people.filter((node) => stringProp(node, 'url') !== undefined);
  const person =
    withUrl.find((node) => profileSlugOfHref(stringProp(node, 'url')) === slug) ??
    (withUrl.length === 0 && people.length === 1 ? people[0] : undefined);
  if (!person) return undefined;
  const name = stringProp(person, 'name');
  const jobTitle = stringListProp(person, 'jobTitle')[0];
  const employer = recordProp(person, 'worksFor');
  const company = employer ? stringProp(employer, 'name') : undefined;
  const companyUrl = employer ? stringProp(employer, 'url') : undefined;
  const location = addressText(recordProp(person, 'address'));
  return {
    name: cleanValue(name),
    jobTitle: cleanValue(jobTitle),
    company: cleanValue(company),
    companyUrl: companyUrlOfHref(companyUrl),
    location: cleanLocation(location),
    source: JSON.stringify({
      name,
      jobTitle,
      worksFor: { name: company, url: companyUrl },
      address: location,
    }),
  };
}

/** "Toronto, CA" from addressLocality and addressCountry, as the block writes them. */
function addressText(address: JsonLdNode | undefined): string | undefined {
  if (!address) return undefined;
  const country = recordProp(address, 'addressCountry');
  const parts = [
    stringProp(address, 'addressLocality'),
    stringProp(address, 'addressRegion'),
    stringProp(address, 'addressCountry') ?? (country ? stringProp(country, 'name') : undefined),
  ];
  const text = parts.filter((part) => part && cleanValue(part)).join(', ');
  return text || undefined;
}
