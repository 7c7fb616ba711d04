/**
 * schema.org JSON-LD as pages really ship it: a single object, a top-level array, or an
 * `@graph`, several blocks per page, some of them invalid JSON. Invalid blocks are skipped.
 */
export type JsonLdNode = Record<string, unknown>;

const MAX_BLOCK_LENGTH = 2_000_000;

export function readJsonLdNodes(doc: Document): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const text = script.textContent ?? '';
    if (text.length > MAX_BLOCK_LENGTH) continue;
    collectNodes(parseJson(text), nodes);
  }
  return nodes;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function collectNodes(value: unknown, nodes: JsonLdNode[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collectNodes(item, nodes);
    return;
  }
  if (!isRecord(value)) return;
  const graph = value['@graph'];
  if (Array.isArray(graph)) collectNodes(graph, nodes);
  if (value['@type'] !== undefined || value.type !== undefined) nodes.push(value);
}

export function isRecord(value: unknown): value is JsonLdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The node's types, whether written as `@type` or the `type` some generators emit. */
export function typesOf(node: JsonLdNode): string[] {
  const raw = node['@type'] ?? node.type;
  const list = Array.isArray(raw) ? raw : [raw];
  return list.filter((type): type is string => typeof type === 'string');
}

export function stringProp(node: JsonLdNode, key: string): string | undefined {
  const value = node[key];
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  return undefined;
}

export function recordProp(node: JsonLdNode, key: string): JsonLdNode | undefined {
  const value = node[key];
  if (isRecord(value)) return value;
  if (Array.isArray(value)) return value.find(isRecord);
  return undefined;
}

export function stringListProp(node: JsonLdNode, key: string): string[] {
  const value = node[key];
  const list = Array.isArray(value) ? value : [value];
  return list.filter((item): item is string => typeof item === 'string');
}
