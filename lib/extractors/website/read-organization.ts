import {
  type JsonLdNode,
  readJsonLdNodes,
  recordProp,
  stringListProp,
  stringProp,
  typesOf,
} from '@/lib/extractors/json-ld';
import { readJsonLdAddress } from '@/lib/extractors/json-ld-address';
import type { SignalSink } from '@/lib/extractors/signal-sink';
import { normalizeEmployeeRange } from '@/lib/signals/employee-range';
import { isOnDomain, linkedInCompanyUrl } from './site-url';

const ORGANIZATION_TYPES = new Set([
  'Organization',
  'Corporation',
  'LocalBusiness',
  'OnlineBusiness',
  'ProfessionalService',
  'NGO',
]);

/**
 * The site's own schema.org Organization: the one whose url or @id is on this site's domain, or
 * else the only Organization on the page, provided its url/@id does not point to another site
 * (a blog's JSON-LD about some other company is not this company).
 */
export function findOrganization(doc: Document, domain: string): JsonLdNode | undefined {
  const nodes = readJsonLdNodes(doc);
  // WebSite/WebPage nodes often nest the company as their publisher rather than list it.
  const publishers = nodes.map((node) => recordProp(node, 'publisher')).filter((node) => node !== undefined);
  const organizations = dedupeById([...nodes, ...publishers].filter(isOrganization));
  const own = organizations.find((node) => isOnDomain(nodeUrl(node), domain));
  if (own) return own;
  if (organizations.length !== 1) return undefined;
  const only = organizations[0];
  return only && nodeUrl(only) === undefined ? only : undefined;
}

function isOrganization(node: JsonLdNode): boolean {
  return typesOf(node).some((type) => ORGANIZATION_TYPES.has(type));
}

/** A publisher may repeat a listed Organization in full, under the same @id: one company. */
function dedupeById(nodes: JsonLdNode[]): JsonLdNode[] {
  const seen = new Set<string>();
  return nodes.filter((node) => {
    const id = stringProp(node, '@id');
    if (id === undefined) return true;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

function nodeUrl(node: JsonLdNode): string | undefined {
  return (
    stringProp(node, 'url') ??
    (stringProp(node, '@id')?.startsWith('http') ? stringProp(node, '@id') : undefined)
  );
}

export function readOrganizationSignals(node: JsonLdNode, sink: SignalSink, seenYear: number): void {
  const name = stringProp(node, 'name');
  sink.add('name', name, `"name":"${name ?? ''}"`);
  for (const link of stringListProp(node, 'sameAs')) {
    sink.add('linkedinUrl', linkedInCompanyUrl(link), `"sameAs":"${link}"`);
  }
  readEmployees(node, sink);
  const founding = stringProp(node, 'foundingDate');
  const year = founding ? Number(/^(\d{4})(?:\D|$)/.exec(founding)?.[1]) : NaN;
  if (Number.isInteger(year) && year <= seenYear)
    sink.add('foundedYear', year, `"foundingDate":"${founding}"`);
  readJsonLdAddress(node, sink);
}

/**
 * numberOfEmployees as a band: {minValue, maxValue} -> "min-max", {minValue} -> "min+", a string
 * band ("51-200") as written. A single headcount ({value: n}, a bare number) is not a band and is
 * stored nowhere: the vocabulary's employeeRange holds bands only, and picking one would guess.
 */
function readEmployees(node: JsonLdNode, sink: SignalSink): void {
  const raw = node.numberOfEmployees;
  if (typeof raw === 'string') {
    sink.add('employeeRange', normalizeEmployeeRange(raw), `"numberOfEmployees":"${raw}"`);
    return;
  }
  const quantity = recordProp(node, 'numberOfEmployees');
  if (!quantity) return;
  const min = Number(quantity.minValue);
  const max = quantity.maxValue === undefined ? undefined : Number(quantity.maxValue);
  if (!Number.isInteger(min) || min < 0) return;
  const source = `"numberOfEmployees":${JSON.stringify(quantity)}`;
  if (max === undefined) sink.add('employeeRange', `${min}+`, source);
  else if (Number.isInteger(max) && max >= min) sink.add('employeeRange', `${min}-${max}`, source);
}
