import { crunchbaseOrganizationExtractor } from './crunchbase/organization';
import { linkedInCompanyExtractor } from './linkedin/company';
import { linkedInProfileExtractor } from './linkedin/profile';
import type { Extractor } from './types';

/**
 * The extractors of the manifest's content scripts, one list per site, in the order they are
 * tried. Kept apart so each content script carries only its own site's code (docs/performance.md).
 */
export const LINKEDIN_EXTRACTORS: readonly Extractor[] = [linkedInCompanyExtractor, linkedInProfileExtractor];

export const CRUNCHBASE_EXTRACTORS: readonly Extractor[] = [crunchbaseOrganizationExtractor];
