import { isRecord, type JsonLdNode, recordProp, stringProp } from '@/lib/extractors/json-ld';
import type { SignalSink } from '@/lib/extractors/signal-sink';
import { countryCode, parseHeadquarters } from '@/lib/signals/location';

/**
 * Headquarters from a node's schema.org `address`: a PostalAddress (its country a code, a name,
 * or a Country node) or a plain text line. The country is taken only from what the address says.
 */
export function readJsonLdAddress(node: JsonLdNode, sink: SignalSink): void {
  const raw = node.address;
  if (typeof raw === 'string') {
    const hq = parseHeadquarters(raw);
    addPlace(sink, hq.city, hq.region, hq.country, raw);
    return;
  }
  const address = recordProp(node, 'address');
  if (!address) return;
  const city = stringProp(address, 'addressLocality');
  const region = stringProp(address, 'addressRegion');
  const countryValue = address.addressCountry;
  const countryText = isRecord(countryValue)
    ? stringProp(countryValue, 'name')
    : stringProp(address, 'addressCountry');
  const country = countryText
    ? countryCode(countryText)
    : parseHeadquarters([city, region].filter(Boolean).join(', ')).country;
  const source = JSON.stringify({
    addressLocality: city,
    addressRegion: region,
    addressCountry: countryText,
  });
  addPlace(sink, city, region, country, source);
}

function addPlace(sink: SignalSink, city?: string, region?: string, country?: string, source = ''): void {
  sink.add('hqCity', city, source);
  sink.add('hqRegion', region, source);
  sink.add('hqCountry', country, source);
}
