import { collapse } from '@/lib/extractors/dom-text';
import { countryCode, parseHeadquarters } from '@/lib/signals/location';

export interface PostalAddress {
  /** Street and postcode, lowercase: two mentions of one office are one location. */
  key: string;
  city: string;
  region?: string;
  /** ISO 3166-1 alpha-2, only when the address names it (or a region of one country). */
  country?: string;
  text: string;
}

/** "10115 Berlin", "D-69190 Walldorf", "75008 Paris": postcode, then the town. */
const EUROPEAN_POSTAL = /^(?:[A-Z]{1,2}-)?(\d{4,5})\s+(\p{Lu}[\p{L}'. -]{1,40})$/u;
/** "TX 78701" after a "Austin" part, or "Austin, TX 78701" as one part. */
const US_POSTAL = /^(?:(\p{Lu}[\p{L}'. -]{1,40}),?\s+)?([A-Z]{2})\s+(\d{5})(?:-\d{4})?$/u;
/** A street line holds a number: "Musterstraße 1", "1200 Congress Avenue", "Suite 400". */
const STREET = /\d/;
/** "1200 Congress Avenue" is a street line, not postcode and town. */
const STREET_WORD =
  /\b(avenue|ave|street|st|road|rd|boulevard|blvd|drive|dr|lane|ln|way|suite|place|court|parkway|highway)\b\.?$/i;
const MAX_PART_LENGTH = 60;

/**
 * Reads one postal address from lines as address blocks and Impressum pages write them,
 * one per line or comma-separated: "Musterstraße 1, 10115 Berlin, Deutschland",
 * "1200 Congress Avenue, Suite 400, Austin, TX 78701, United States". Text that has no postcode
 * line is no address; prose is not parsed because each part must be the whole postcode line.
 */
export function parseAddressLines(lines: readonly string[]): PostalAddress | undefined {
  const parts = lines
    .flatMap((line) => line.split(/,\s+|\s+[·|]\s+/))
    .map((part) => collapse(part))
    .filter((part) => part.length > 0 && part.length <= MAX_PART_LENGTH);
  // A US "TX 78701" part wins over a European-looking "1200 Congress Avenue" before it.
  const usIndex = parts.findIndex((_, i) => readUsPart(parts, i) !== undefined);
  for (let i = usIndex >= 0 ? usIndex : 0; i < parts.length; i++) {
    const found = usIndex >= 0 ? readUsPart(parts, i) : readEuropeanPart(parts[i] ?? '', i);
    if (!found) continue;
    const street = parts
      .slice(0, found.firstIndex)
      .reverse()
      .find((part) => STREET.test(part));
    const next = parts[i + 1];
    const named = next ? countryCode(next) : undefined;
    const country =
      named ?? (found.region ? parseHeadquarters(`${found.city}, ${found.region}`).country : undefined);
    const key = `${street ?? ''}|${found.postcode}`.toLowerCase().replace(/\s+/g, ' ');
    const text = parts.slice(0, named ? i + 2 : i + 1).join(', ');
    return { key, city: found.city, region: found.region, country, text };
  }
  return undefined;
}

interface PostalPart {
  postcode: string;
  city: string;
  region?: string;
  firstIndex: number;
}

function readEuropeanPart(part: string, i: number): PostalPart | undefined {
  const european = EUROPEAN_POSTAL.exec(part);
  if (!european?.[1] || !european[2] || STREET_WORD.test(european[2])) return undefined;
  return { postcode: european[1], city: european[2].trim(), firstIndex: i };
}

function readUsPart(parts: readonly string[], i: number): PostalPart | undefined {
  const us = US_POSTAL.exec(parts[i] ?? '');
  if (!us?.[2] || !us[3]) return undefined;
  if (us[1]) return { postcode: us[3], city: us[1].trim(), region: us[2], firstIndex: i };
  const city = parts[i - 1];
  if (!city || STREET.test(city)) return undefined;
  return { postcode: us[3], city, region: us[2], firstIndex: i - 1 };
}
