import Dexie, { type EntityTable } from 'dexie';
import type { Account } from '@/lib/accounts/account';
import type { Icp } from '@/lib/icp/schema';

export interface StoredIcp {
  id: string;
  icp: Icp;
  importedAt: string;
}

export interface Setting {
  key: string;
  value: unknown;
}

/**
 * The one database. A shipped `version(n)` is never edited: a schema change adds
 * `version(n + 1).stores(…).upgrade(…)` and a test that upgrades a database written by n.
 */
export class FitcheckDb extends Dexie {
  icps!: EntityTable<StoredIcp, 'id'>;
  accounts!: EntityTable<Account, 'id'>;
  settings!: EntityTable<Setting, 'key'>;

  constructor(name = 'fitcheck') {
    super(name);
    this.version(1).stores({
      icps: 'id',
      accounts: 'id, domain, linkedinSlug, lastSeenAt',
      settings: 'key',
    });
  }
}

let shared: FitcheckDb | undefined;

/** The background's database, opened on first use. */
export function getDb(): FitcheckDb {
  shared ??= new FitcheckDb();
  return shared;
}
