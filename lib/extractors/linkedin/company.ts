import { visibleText } from '@/lib/extractors/dom-text';
import { createSignalSink, type SignalSink } from '@/lib/extractors/signal-sink';
import type { Extractor } from '@/lib/extractors/types';
import { parseLocaleCount } from '@/lib/signals/parse-number';
import { readAboutRows } from './about-rows';
import { canonicalCompanyUrl, companySlugOf } from './company-url';
import { followersPhrase, type LabelLanguage } from './labels';
import { isStaleContent, slugsNamedByPage } from './page-identity';
import { pageLanguage } from './page-language';
import { findPageRegions } from './page-regions';
import { readAboutSignals } from './read-about';
import { readFundingSignals } from './read-funding';
import { readJobSignals } from './read-jobs';
import { readJsonLdSignals } from './read-json-ld';
import { readLocationSignals } from './read-locations';
import { readOrgIdSignals } from './read-org-id';
import { readTopCardSignals } from './read-top-card';

export const LINKEDIN_COMPANY_EXTRACTOR_ID = 'linkedin-company';

/**
 * LinkedIn company pages, guest and signed-in, home tab and About tab. Sources are read best
 * first and the first value per field wins: labelled About rows, the guest JSON-LD, the
 * Locations list, the meta description (exact follower count), the unlabelled top card, the
 * guest funding module.
 */
export const linkedInCompanyExtractor: Extractor = {
  id: LINKEDIN_COMPANY_EXTRACTOR_ID,
  pageKind: 'linkedin-company',
  // Every company page shows these, in the top card or the About rows.
  keyFields: ['name', 'industry', 'employeeRange'],
  matches: (url) => companySlugOf(url) !== undefined,
  extract(doc, url, seenAt) {
    const slug = companySlugOf(url);
    const regions = findPageRegions(doc);
    if (!slug || !regions.heading) return [];
    if (isStaleContent(slug, slugsNamedByPage(doc, regions.isNoise))) return [];
    const sink = createSignalSink(url, LINKEDIN_COMPANY_EXTRACTOR_ID, seenAt);
    const language = pageLanguage(doc);
    const name = visibleText(regions.heading);
    sink.add('name', name || undefined, name);
    const seenYear = new Date(seenAt).getUTCFullYear();
    readAboutSignals(readAboutRows(doc, regions.isNoise), sink, seenYear, language);
    readJsonLdSignals(doc, slug, sink);
    readLocationSignals(doc, regions.isNoise, sink);
    readMetaFollowers(doc, sink, language);
    readTopCardSignals(regions.heading, regions.topCard, sink, language);
    readFundingSignals(doc, sink);
    readOrgIdSignals(doc, slug, regions.isNoise, sink);
    readJobSignals(doc, regions.isNoise, sink);
    // A heading alone (a sign-in wall, an error page) is no company: it takes a fact besides the name.
    if (!sink.has('name') || sink.signals().length < 2) return [];
    sink.add('linkedinUrl', canonicalCompanyUrl(slug), url.href);
    return sink.signals();
  },
};

/** "Acme | 182,405 followers on LinkedIn. …": exact where the top card abbreviates. */
function readMetaFollowers(doc: Document, sink: SignalSink, language: LabelLanguage): void {
  const description = doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
  const afterName = description.indexOf('|');
  const phrase = afterName < 0 ? undefined : followersPhrase(description.slice(afterName + 1));
  if (phrase) sink.add('followers', parseLocaleCount(phrase, language), phrase);
}
