import { asText, at, isRecord, member } from './json-path';

/**
 * Angular's server-side state scripts. Before mid-2023 Crunchbase wrote `script#client-app-state`
 * with Angular's own escaping (`&q;` for a quote, `&a;` for an ampersand…); since then
 * `script#ng-state` holds plain JSON. Both hold an `HttpState` map keyed by the request URL.
 */
const ANGULAR_ESCAPES: Readonly<Record<string, string>> = { a: '&', q: '"', s: "'", l: '<', g: '>' };

/** One pass, so "&a;q;" (an escaped "&q;" in the data) becomes "&q;", not a quote. */
export function unescapeAngularState(text: string): string {
  return text.replace(/&([aqslg]);/g, (escape, code: string) => ANGULAR_ESCAPES[code] ?? escape);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The state in `script#<id>`: plain JSON first, Angular-escaped JSON second; a cut-off script is none. */
export function readStateScript(doc: Document, id: 'ng-state' | 'client-app-state'): unknown {
  const text = doc.getElementById(id)?.textContent?.trim();
  if (!text) return undefined;
  return parseJson(text) ?? parseJson(unescapeAngularState(text));
}

export interface OrganizationEntity {
  /** The HttpState key the entity was read from. */
  key: string;
  entity: Record<string, unknown>;
}

/** "…/entities/organizations/acme?field_ids=…" is Acme's request, "…/organizations/acme-2" is not. */
export function keyNamesOrganization(key: string, permalink: string): boolean {
  const lower = key.toLowerCase();
  const needle = `/entities/organizations/${permalink}`;
  for (let from = lower.indexOf(needle); from >= 0; from = lower.indexOf(needle, from + 1)) {
    const next = lower.charAt(from + needle.length);
    if (!/[\p{L}\p{N}._~%-]/u.test(next)) return true;
  }
  return false;
}

/** The response body: `data` (ng-state), `body` (client-app-state), or the entry itself. */
function entityOf(entry: unknown): Record<string, unknown> | undefined {
  for (const candidate of [member(entry, 'data'), member(entry, 'body'), entry]) {
    if (isRecord(candidate) && (isRecord(candidate.properties) || isRecord(candidate.cards)))
      return candidate;
  }
  return undefined;
}

/** The page company's entity response, never another company's (similar companies, investors). */
export function findOrganizationEntity(state: unknown, permalink: string): OrganizationEntity | undefined {
  const httpState = member(state, 'HttpState') ?? state;
  if (!isRecord(httpState)) return undefined;
  for (const [key, entry] of Object.entries(httpState)) {
    if (!keyNamesOrganization(key, permalink)) continue;
    const entity = entityOf(entry);
    if (!entity) continue;
    const own = asText(at(entity, ['properties', 'identifier', 'permalink']));
    if (own === undefined || own.toLowerCase() === permalink) return { key, entity };
  }
  return undefined;
}
