import Dexie from 'dexie';

/*
 * What the background keeps in memory (the scoring setup, the dashboard's rows) is valid until
 * one of the tables it was read from changes. Dexie reports every committed write, by database
 * and table ("idb://fitcheck/fits/"), in this context and in the extension's other pages; this
 * counts them per table.
 */

const changes = new Map<string, number>();
const PART = /^idb:\/\/([^/]+)\/([^/]+)\//;

Dexie.on('storagemutated', (parts) => {
  const touched = new Set(Object.keys(parts).flatMap((part) => PART.exec(part)?.slice(1, 3).join('/') ?? []));
  for (const table of touched) changes.set(table, (changes.get(table) ?? 0) + 1);
});

/** A token that changes whenever any of these tables of this database is written to. */
export function changeToken(dbName: string, tables: readonly string[]): string {
  return `${dbName}:${tables.map((table) => changes.get(`${dbName}/${table}`) ?? 0).join(',')}`;
}
