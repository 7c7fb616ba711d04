import { createSignalSink, type SignalSink } from '@/lib/extractors/signal-sink';
import type { Extractor } from '@/lib/extractors/types';
import { findOrganizationEntity, readStateScript } from './angular-state';
import { permalinkOf } from './organization-url';
import { createNoiseFilter } from './page-noise';
import { readEntitySignals } from './read-entity';
import { readFieldLinkSignals } from './read-field-links';

export const CRUNCHBASE_ORGANIZATION_EXTRACTOR_ID = 'crunchbase-organization';

/**
 * Crunchbase organization pages. Sources best first, the first value per field wins: the
 * `script#ng-state` API response (2023+), the Angular-escaped `script#client-app-state` (older
 * pages), then the rendered field links. Blurred, paywalled and non-USD values are unknown.
 */
export const crunchbaseOrganizationExtractor: Extractor = {
  id: CRUNCHBASE_ORGANIZATION_EXTRACTOR_ID,
  pageKind: 'crunchbase-organization',
  keyFields: ['name'],
  matches: (url) => permalinkOf(url) !== undefined,
  extract(doc, url, seenAt) {
    const permalink = permalinkOf(url);
    if (!permalink) return [];
    const sink = createSignalSink(url, CRUNCHBASE_ORGANIZATION_EXTRACTOR_ID, seenAt);
    readSources(doc, permalink, sink);
    // A name alone (a sign-in wall, an error page) is no company: it takes a fact besides the name.
    if (!sink.has('name') || sink.signals().length < 2) return [];
    return sink.signals();
  },
};

function readSources(doc: Document, permalink: string, sink: SignalSink): void {
  try {
    for (const id of ['ng-state', 'client-app-state'] as const) {
      const found = findOrganizationEntity(readStateScript(doc, id), permalink);
      if (found) readEntitySignals(found.entity, sink);
    }
    readFieldLinkSignals(doc, permalink, createNoiseFilter(doc), sink);
  } catch {
    // A page cut off mid-render reads as far as it got; an extractor never throws.
  }
}
