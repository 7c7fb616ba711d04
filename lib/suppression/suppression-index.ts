import { readListEntry } from './list-entry';

/** The entries of one imported list, as sets for a constant-time lookup while scoring. */
export interface ListLookup {
  domains: ReadonlySet<string>;
  linkedinSlugs: ReadonlySet<string>;
}

/** Every imported suppression list by id; scoring receives it so it stays pure. */
export type SuppressionIndex = ReadonlyMap<string, ListLookup>;

export const NO_LISTS: SuppressionIndex = new Map();

/**
 * Whether a domain or LinkedIn URL fact names a company on the list. Undefined when the list
 * has not been imported: the disqualifier is then unknown, not clear, so an SDR is never told
 * "not a customer" because the customer list is missing.
 */
export function isOnList(index: SuppressionIndex, listId: string, fact: string): boolean | undefined {
  const list = index.get(listId);
  if (!list) return undefined;
  const entry = readListEntry(fact);
  if (!entry) return false;
  return entry.kind === 'domain' ? list.domains.has(entry.value) : list.linkedinSlugs.has(entry.value);
}

export function toListLookup(list: {
  domains: readonly string[];
  linkedinSlugs: readonly string[];
}): ListLookup {
  return { domains: new Set(list.domains), linkedinSlugs: new Set(list.linkedinSlugs) };
}
