import { readJsonLdNodes } from '@/lib/extractors/json-ld';
import { createSignalSink, type SignalSink } from '@/lib/extractors/signal-sink';
import type { Extractor } from '@/lib/extractors/types';
import { readFirstExperience } from './profile-experience';
import { readTitledFacts } from './profile-head';
import { isWalledJsonLd, readPersonFacts } from './profile-json-ld';
import { findProfilePage, isStaleProfile } from './profile-page';
import { cleanValue, sameName, shownText } from './profile-text';
import { readTopCardCompany, readTopCardLocation } from './profile-top-card';
import { canonicalProfileUrl, profileSlugOf } from './profile-url';

export const LINKEDIN_PROFILE_EXTRACTOR_ID = 'linkedin-profile';

interface CompanySource {
  company?: string;
  companyUrl?: string;
  source: string;
}

/**
 * LinkedIn member profiles (/in/<slug>/), guest and signed-in. The title is read only where the
 * page states it as a title: the first Experience entry, the guest `<title>` "Name - Title -
 * Company | LinkedIn", the JSON-LD Person's jobTitle. The headline is free text ("VP Sales @
 * Acme | ex-Globex", "Helping SaaS teams grow") and is never read. The company comes from the
 * same entry, the top card's current company, the JSON-LD worksFor, then the title; its LinkedIn
 * page only from a source naming that same company. Sources are added best first and the first
 * value per field wins.
 */
export const linkedInProfileExtractor: Extractor = {
  id: LINKEDIN_PROFILE_EXTRACTOR_ID,
  pageKind: 'linkedin-profile',
  // A profile always shows a name; a title too, unless the person lists no job (then unknown, and said so).
  keyFields: ['personName', 'personTitle'],
  matches: (url) => profileSlugOf(url) !== undefined,
  extract(doc, url, seenAt) {
    const slug = profileSlugOf(url);
    const nodes = readJsonLdNodes(doc);
    const page = findProfilePage(doc);
    if (!slug || !page || isWalledJsonLd(nodes) || isStaleProfile(doc, page, slug)) return [];
    const sink = createSignalSink(url, LINKEDIN_PROFILE_EXTRACTOR_ID, seenAt);
    const shownName = shownText(page.heading);
    const person = readPersonFacts(nodes, slug);
    const name = cleanValue(shownName) ?? person?.name;
    const titled = readTitledFacts(doc, name);
    const experience = readFirstExperience(doc, page.isNoise);
    sink.add('personName', cleanValue(shownName), shownName);
    sink.add('personName', person?.name, person?.source ?? '');
    sink.add('personTitle', experience?.jobTitle, experience?.source ?? '');
    sink.add('personTitle', titled?.jobTitle, titled?.source ?? '');
    sink.add('personTitle', person?.jobTitle, person?.source ?? '');
    const companies = [
      experience,
      readTopCardCompany(page.topCard),
      person && { company: person.company, companyUrl: person.companyUrl, source: person.source },
      titled && { company: titled.company, source: titled.source },
    ];
    readCompany(
      companies.filter((source): source is CompanySource => !!source),
      sink,
    );
    const place = readTopCardLocation(page.topCard);
    sink.add('personLocation', place?.location, place?.source ?? '');
    sink.add('personLocation', person?.location, person?.source ?? '');
    // A heading alone (a sign-in wall, an error page) is no profile: it takes a fact besides the name.
    if (sink.signals().filter((signal) => signal.field !== 'personName').length === 0) return [];
    sink.add('personLinkedinUrl', canonicalProfileUrl(slug), url.href);
    // The seniority is read from the title in the background (lib/accounts/complete-observation.ts).
    return sink.signals();
  },
};

/** The first named company, and a LinkedIn page from a source that names no other company. */
function readCompany(sources: CompanySource[], sink: SignalSink): void {
  const named = sources.find((source) => source.company);
  if (named?.company) sink.add('personCompany', named.company, named.source);
  const linked = sources.find(
    (source) =>
      source.companyUrl && (!named?.company || !source.company || sameName(source.company, named.company)),
  );
  if (linked?.companyUrl) sink.add('personCompanyLinkedinUrl', linked.companyUrl, linked.source);
}
