import { visibleText } from '@/lib/extractors/dom-text';
import type { SignalSink } from '@/lib/extractors/signal-sink';
import { normalizeCompanyType } from '@/lib/signals/company-type';
import { decodeLinkedInRedirect, siteHost } from '@/lib/signals/site-domain';
import { normalizeEmployeeRange } from '@/lib/signals/employee-range';
import { canonicalIndustry } from '@/lib/signals/linkedin-industries';
import { parseHeadquarters } from '@/lib/signals/location';
import { parseLocaleCount } from '@/lib/signals/parse-number';
import type { AboutRows } from './about-rows';
import { isLinkedInHost } from './company-url';
import { type LabelLanguage, mentionsMembers } from './labels';

/** Signals from the labelled About rows: the most reliable source, so it is read first. */
export function readAboutSignals(
  rows: AboutRows,
  sink: SignalSink,
  seenYear: number,
  language: LabelLanguage = 'en',
): void {
  const text = (key: Parameters<AboutRows['get']>[0]) => {
    const first = rows.get(key)?.values[0];
    return first ? visibleText(first) : '';
  };
  readWebsite(rows, sink);
  const industry = text('industry');
  sink.add('industry', canonicalIndustry(industry) ?? (industry || undefined), industry);
  readCompanySize(rows, sink, language);
  readHeadquarters(text('headquarters'), sink);
  const type = text('type');
  sink.add('companyType', normalizeCompanyType(type), type);
  const founded = text('founded');
  sink.add('foundedYear', parseFoundedYear(founded, seenYear), founded);
  const specialties = text('specialties');
  sink.add('specialties', splitSpecialties(specialties, language), specialties);
}

function readWebsite(rows: AboutRows, sink: SignalSink): void {
  const cell = rows.get('website')?.values[0];
  const link = cell?.querySelector('a[href]');
  if (!cell || !link) return;
  const target = decodeLinkedInRedirect(link.getAttribute('href') ?? '');
  const linkText = visibleText(link);
  const domain = siteHost(target ?? '') ?? siteHost(linkText);
  if (domain && !isLinkedInHost(domain)) sink.add('domain', domain, linkText || target || '');
}

/** The first value is the declared band; a later one ("4,213 associated members") is members. */
function readCompanySize(rows: AboutRows, sink: SignalSink, language: LabelLanguage): void {
  for (const cell of rows.get('size')?.values ?? []) {
    const value = visibleText(cell);
    const band = normalizeEmployeeRange(value, language);
    if (band) sink.add('employeeRange', band, value);
    else if (mentionsMembers(value))
      sink.add('employeesOnLinkedIn', parseLocaleCount(value, language), value);
  }
}

export function readHeadquarters(text: string, sink: SignalSink): void {
  if (!text) return;
  const { city, region, country } = parseHeadquarters(text);
  sink.add('hqCity', city, text);
  sink.add('hqRegion', region, text);
  sink.add('hqCountry', country, text);
}

function parseFoundedYear(text: string, seenYear: number): number | undefined {
  const match = /\b(1[0-9]{3}|20[0-9]{2})\b/.exec(text);
  const year = match ? Number(match[1]) : undefined;
  return year !== undefined && year <= seenYear ? year : undefined;
}

/** The word a localized list puts before its last item, with no comma: "A, B und C". */
const LIST_CONJUNCTIONS: Partial<Record<LabelLanguage, RegExp>> = {
  de: /^(.+)\s+und\s+(.+)$/u,
  fr: /^(.+)\s+et\s+(.+)$/u,
  es: /^(.+)\s+[ye]\s+(.+)$/u,
  pt: /^(.+)\s+e\s+(.+)$/u,
  tr: /^(.+)\s+ve\s+(.+)$/u,
  nl: /^(.+)\s+en\s+(.+)$/u,
  it: /^(.+)\s+e\s+(.+)$/u,
};

/**
 * "Anvils, Rocket skates, and Portable holes": LinkedIn joins specialties with commas, and in
 * other interface languages the last one with the language's "and" ("Cloud-ERP, Analytik und
 * Planung"). That word only splits the last item of a list that has commas, so a lone
 * "Forschung und Entwicklung" stays whole.
 */
export function splitSpecialties(text: string, language: LabelLanguage = 'en'): string[] | undefined {
  const items = text
    .split(/\s*,\s*(?:and\s+|&\s+)?/i)
    .map((item) => item.trim())
    .filter(Boolean);
  const lastJoin = LIST_CONJUNCTIONS[language]?.exec(items.at(-1) ?? '');
  if (items.length > 1 && lastJoin?.[1] && lastJoin[2]) items.splice(-1, 1, lastJoin[1], lastJoin[2]);
  return items.length > 0 ? [...new Set(items)] : undefined;
}
