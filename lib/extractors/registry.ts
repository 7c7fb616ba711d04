import { CRUNCHBASE_EXTRACTORS, LINKEDIN_EXTRACTORS } from './known-site-extractors';
import type { Extractor } from './types';
import { companyWebsiteExtractor } from './website/company-website';

/** Every extractor, in the order they are tried. A registry test checks each has a fixture. */
export const EXTRACTORS: readonly Extractor[] = [
  ...LINKEDIN_EXTRACTORS,
  ...CRUNCHBASE_EXTRACTORS,
  // Last: it takes any website that is not one of the sites above.
  companyWebsiteExtractor,
];

export function extractorFor(url: URL): Extractor | undefined {
  return EXTRACTORS.find((extractor) => extractor.matches(url));
}
