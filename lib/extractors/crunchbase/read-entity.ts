import type { SignalSink } from '@/lib/extractors/signal-sink';
import { siteHost } from '@/lib/signals/site-domain';
import { normalizeFundingStage } from '@/lib/signals/funding-stage';
import { countryCode } from '@/lib/signals/location';
import { asAmount, asText, at, member } from './json-path';
import { employeeRangeFromEnum, isoDay, linkedInCompanyUrl, yearOf } from './values';

/**
 * The organization entity of Crunchbase's API as the page state holds it: `properties` and
 * `cards.<card>.<field>`. A field may sit on any of several cards depending on the page's era
 * and tab, so each is looked up on every card, best first. Every path is optional.
 */
const CARDS = [
  'overview_fields_extended',
  'company_overview_highlights',
  'overview_fields2',
  'company_about_fields2',
  'funding_rounds_summary',
  'company_financials_highlights',
] as const;

interface Found {
  path: string;
  value: unknown;
}

function lookup(entity: unknown, field: string): Found | undefined {
  for (const card of CARDS) {
    const value = at(entity, ['cards', card, field]);
    if (value !== undefined && value !== null) return { path: `cards.${card}.${field}`, value };
  }
  const value = at(entity, ['properties', field]);
  return value === undefined || value === null ? undefined : { path: `properties.${field}`, value };
}

/** A field's own value, or its `.value` when Crunchbase wraps it ({value: "…", precision: "year"}). */
function lookupText(entity: unknown, field: string): { text: string; source: string } | undefined {
  const found = lookup(entity, field);
  if (!found) return undefined;
  const direct = asText(found.value);
  if (direct !== undefined) return { text: direct, source: `${found.path}: ${direct}` };
  const wrapped = asText(member(found.value, 'value'));
  return wrapped === undefined ? undefined : { text: wrapped, source: `${found.path}.value: ${wrapped}` };
}

/** Money in US dollars: `value_usd`, or `value` when the currency is USD. Other currencies are unknown. */
function usdOf(money: unknown, path: string): { usd: number; source: string } | undefined {
  const valueUsd = asAmount(member(money, 'value_usd'));
  if (valueUsd !== undefined) return { usd: valueUsd, source: `${path}.value_usd: ${valueUsd}` };
  const currency = asText(member(money, 'currency'));
  const value = asAmount(member(money, 'value'));
  const isUsd = currency?.toUpperCase() === 'USD' && value !== undefined;
  return isUsd ? { usd: value, source: `${path}.value: ${value} USD` } : undefined;
}

export function readEntitySignals(entity: unknown, sink: SignalSink): void {
  const title = asText(at(entity, ['properties', 'title']));
  sink.add('name', title, `properties.title: ${title ?? ''}`);
  const stage = lookupText(entity, 'last_funding_type');
  if (stage) sink.add('fundingStage', normalizeFundingStage(stage.text), stage.source);
  const founded = lookupText(entity, 'founded_on');
  if (founded) sink.add('foundedYear', yearOf(founded.text), founded.source);
  const size = lookupText(entity, 'num_employees_enum');
  if (size) sink.add('employeeRange', employeeRangeFromEnum(size.text), size.source);
  for (const field of ['website', 'website_url']) {
    const website = lookupText(entity, field);
    if (website) sink.add('domain', siteHost(website.text), website.source);
  }
  const linkedIn = lookupText(entity, 'linkedin');
  if (linkedIn) sink.add('linkedinUrl', linkedInCompanyUrl(linkedIn.text), linkedIn.source);
  const lastDay = lookupText(entity, 'last_funding_at');
  if (lastDay) sink.add('lastFundingDate', isoDay(lastDay.text), lastDay.source);
  readLocations(entity, sink);
  readMoney(entity, sink, lastDay && isoDay(lastDay.text));
}

function readLocations(entity: unknown, sink: SignalSink): void {
  const found = lookup(entity, 'location_identifiers');
  if (!found || !Array.isArray(found.value)) return;
  found.value.forEach((location: unknown, index) => {
    const name = asText(member(location, 'value'));
    const type = asText(member(location, 'location_type'));
    if (!name) return;
    const source = `${found.path}[${index}].value: ${name}`;
    if (type === 'city') sink.add('hqCity', name, source);
    if (type === 'region') sink.add('hqRegion', name, source);
    if (type === 'country') sink.add('hqCountry', countryCode(name), source);
  });
}

function readMoney(entity: unknown, sink: SignalSink, lastDay: string | undefined): void {
  const total = lookup(entity, 'funding_total');
  const totalUsd = total && usdOf(total.value, total.path);
  if (totalUsd) sink.add('totalFundingUsd', totalUsd.usd, totalUsd.source);
  const last = lookup(entity, 'last_funding_total');
  const lastUsd = last ? usdOf(last.value, last.path) : lastRoundFromList(entity, lastDay);
  if (lastUsd) sink.add('lastFundingAmountUsd', lastUsd.usd, lastUsd.source);
}

/** The round on the funding rounds card announced on the last funding date, when it has a USD amount. */
function lastRoundFromList(
  entity: unknown,
  lastDay: string | undefined,
): { usd: number; source: string } | undefined {
  const rounds = at(entity, ['cards', 'funding_rounds_list']);
  if (!lastDay || !Array.isArray(rounds)) return undefined;
  const index = rounds.findIndex((round) => isoDay(asText(member(round, 'announced_on')) ?? '') === lastDay);
  if (index < 0) return undefined;
  return usdOf(member(rounds[index], 'money_raised'), `cards.funding_rounds_list[${index}].money_raised`);
}
