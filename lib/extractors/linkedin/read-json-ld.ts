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
import { siteHost } from '@/lib/signals/site-domain';
import { companySlugOf, isLinkedInHost } from './company-url';

const ORGANIZATION_TYPES = new Set(['Organization', 'Corporation', 'LocalBusiness']);

/**
 * The guest page's JSON-LD Organization. Its `numberOfEmployees` is the members count on
 * LinkedIn, not the size band (the two often disagree); its `sameAs` is a string holding the
 * company's website; its address may use `type` instead of `@type`.
 */
export function readJsonLdSignals(doc: Document, slug: string, sink: SignalSink): void {
  const organization = findCompanyNode(readJsonLdNodes(doc), slug);
  if (!organization) return;
  const name = stringProp(organization, 'name');
  sink.add('name', isMasked(name) ? undefined : name, `"name":"${name ?? ''}"`);
  readMembers(organization, sink);
  readWebsite(organization, sink);
  readJsonLdAddress(organization, sink);
}

function findCompanyNode(nodes: JsonLdNode[], slug: string): JsonLdNode | undefined {
  const organizations = nodes.filter((node) => typesOf(node).some((type) => ORGANIZATION_TYPES.has(type)));
  return organizations.find((node) => slugOfNode(node) === slug);
}

function slugOfNode(node: JsonLdNode): string | undefined {
  try {
    return companySlugOf(new URL(stringProp(node, 'url') ?? ''));
  } catch {
    return undefined;
  }
}

/** Guest pages mask some values behind a login wall ("**********"). */
function isMasked(value: string | undefined): boolean {
  return !!value && /^[\s*]+$/.test(value);
}

function readMembers(node: JsonLdNode, sink: SignalSink): void {
  const raw = node.numberOfEmployees;
  const quantity = recordProp(node, 'numberOfEmployees');
  const value = typeof raw === 'number' ? raw : Number(quantity?.value);
  if (Number.isInteger(value) && value >= 0) {
    sink.add('employeesOnLinkedIn', value, `"numberOfEmployees":{"value":${value}}`);
  }
}

function readWebsite(node: JsonLdNode, sink: SignalSink): void {
  for (const link of stringListProp(node, 'sameAs')) {
    const domain = siteHost(link);
    if (domain && !isLinkedInHost(domain)) {
      sink.add('domain', domain, `"sameAs":"${link}"`);
      return;
    }
  }
}
