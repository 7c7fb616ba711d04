import { crunchbaseOrganizationExtractor } from './crunchbase/organization';
import { linkedInCompanyExtractor } from './linkedin/company';
import { linkedInProfileExtractor } from './linkedin/profile';
import { companyWebsiteExtractor } from './website/company-website';
import type { Extractor } from './types';

/** Every extractor, in the order they are tried. A registry test checks each has a fixture. */
export const EXTRACTORS: readonly Extractor[] = [
  linkedInCompanyExtractor,
  linkedInProfileExtractor,
  crunchbaseOrganizationExtractor,
  // Last: it takes any website that is not one of the sites above.
  companyWebsiteExtractor,
];

export function extractorFor(url: URL): Extractor | undefined {
  return EXTRACTORS.find((extractor) => extractor.matches(url));
}

/**
 * Runs an extractor on a live page. An extractor bug must never surface in the page's
 * console or stop the content script: the page then reads as unrecognized.
 */
export function extractSafely(extractor: Extractor, doc: Document, url: URL, seenAt: string) {
  try {
    return extractor.extract(doc, url, seenAt);
  } catch {
    return [];
  }
}
