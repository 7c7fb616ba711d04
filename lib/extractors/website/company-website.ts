import { createSignalSink } from '@/lib/extractors/signal-sink';
import type { Extractor } from '@/lib/extractors/types';
import { siteHost } from '@/lib/signals/site-domain';
import type { Signal } from '@/lib/signals/vocabulary';
import { readAddressSignals } from './read-addresses';
import { readCareerSignals } from './read-careers';
import { readComplianceSignals } from './read-compliance';
import { readLinkedInLink, readSiteName } from './read-identity';
import { readMotionSignals } from './read-motion';
import { findOrganization, readOrganizationSignals } from './read-organization';
import { readLeadershipSignals } from './read-leadership';
import { readPressSignals } from './read-press';
import { isCompanySiteUrl } from './site-url';

export const COMPANY_WEBSITE_EXTRACTOR_ID = 'company-website';

/**
 * A company's own website: any http(s) page that is not LinkedIn or Crunchbase. Sources are read
 * best first and the first value per field wins: the site's JSON-LD Organization, og:site_name,
 * header/footer links, then the page-kind readers (contact/Impressum addresses, careers boards,
 * press articles) and the site-wide claims (compliance badges, pricing/trial/demo calls to
 * action). Boolean signals are only ever true; absence is unknown. Technologies are read
 * elsewhere (lib/technologies/).
 */
export const companyWebsiteExtractor: Extractor = {
  id: COMPANY_WEBSITE_EXTRACTOR_ID,
  pageKind: 'company-website',
  keyFields: ['name', 'domain'],
  matches: (url) => isCompanySiteUrl(url),
  extract(doc, url, seenAt) {
    try {
      return readCompanyWebsite(doc, url, seenAt);
    } catch {
      return [];
    }
  },
};

function readCompanyWebsite(doc: Document, url: URL, seenAt: string): Signal[] {
  const domain = siteHost(url.href);
  if (!domain || !isCompanySiteUrl(url)) return [];
  const sink = createSignalSink(url, COMPANY_WEBSITE_EXTRACTOR_ID, seenAt);
  sink.add('domain', domain, url.href);
  const organization = findOrganization(doc, domain);
  const seenYear = new Date(seenAt).getUTCFullYear() || new Date().getUTCFullYear();
  if (organization) readOrganizationSignals(organization, sink, seenYear);
  readSiteName(doc, sink);
  readLinkedInLink(doc, url, sink);
  readAddressSignals(doc, url, sink);
  readCareerSignals(doc, url, sink);
  const name = sink.signals().find((signal) => signal.field === 'name')?.value;
  readPressSignals(doc, url, typeof name === 'string' ? name : undefined, sink);
  readLeadershipSignals(doc, url, typeof name === 'string' ? name : undefined, sink);
  readComplianceSignals(doc, url, sink);
  readMotionSignals(doc, url, sink);
  return sink.signals();
}
