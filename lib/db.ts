import Dexie, { type EntityTable } from 'dexie';
import type { Account } from '@/lib/accounts/account';
import type { Icp } from '@/lib/icp/schema';

export interface StoredIcp {
  id: string;
  icp: Icp;
  importedAt: string;
}

/** A LinkedIn page that was clearly a company or profile page but could not be read fully. */
export interface ReadProblem {
  seq?: number;
  url: string;
  pageKind: string;
  missing: string[];
  seenAt: string;
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
  /** People read from LinkedIn profiles, in the same shape as accounts (`person:<slug>`). */
  people!: EntityTable<Account, 'id'>;
  readProblems!: EntityTable<ReadProblem, 'seq'>;
  settings!: EntityTable<Setting, 'key'>;

  constructor(name = 'fitcheck') {
    super(name);
    this.version(1).stores({
      icps: 'id',
      accounts: 'id, domain, linkedinSlug, linkedinOrgId, lastSeenAt',
      people: 'id, lastSeenAt',
      readProblems: '++seq, seenAt',
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
