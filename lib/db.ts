import Dexie, { type EntityTable } from 'dexie';
import type { Account } from '@/lib/accounts/account';
import type { Icp } from '@/lib/icp/schema';
import type { ShortlistStatus } from '@/lib/shortlist/shortlist-status';

export { SHORTLIST_STATUSES, type ShortlistStatus } from '@/lib/shortlist/shortlist-status';

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

/** A past version of an ICP, kept when an edit is saved over it. */
export interface IcpHistoryEntry {
  seq?: number;
  icpId: string;
  version: number;
  icp: Icp;
  savedAt: string;
}

/** An imported suppression list (customers, competitors…), keyed by the id ICPs name it by. */
export interface SuppressionList {
  id: string;
  label: string;
  domains: string[];
  linkedinSlugs: string[];
  fileName: string;
  importedAt: string;
  /** Rows read, and rows that named no domain or LinkedIn company page. */
  rows: number;
  skipped: number;
}

/**
 * An account's fit under the primary ICP with the columns the dashboard shows, kept so it can
 * list, filter and sort 50,000 accounts from small rows without reading signals or re-scoring.
 */
export interface StoredFit {
  accountId: string;
  icpId: string;
  icpName: string;
  icpVersion: number;
  tierId: string;
  tierLabel: string;
  tierColor: string;
  score: number;
  disqualified: boolean;
  scoredAt: string;
  name: string;
  domain?: string;
  industry?: string;
  employeeRange?: string;
  hqCountry?: string;
  hqCity?: string;
  technology: string[];
  lastSeenAt: string;
}

/** An account the SDR shortlisted, with their status and note. */
export interface ShortlistEntry {
  accountId: string;
  status: ShortlistStatus;
  note: string;
  addedAt: string;
  updatedAt: string;
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
  icpHistory!: EntityTable<IcpHistoryEntry, 'seq'>;
  suppressionLists!: EntityTable<SuppressionList, 'id'>;
  fits!: EntityTable<StoredFit, 'accountId'>;
  shortlist!: EntityTable<ShortlistEntry, 'accountId'>;

  constructor(name = 'fitcheck') {
    super(name);
    this.version(1).stores({
      icps: 'id',
      accounts: 'id, domain, linkedinSlug, linkedinOrgId, lastSeenAt',
      people: 'id, lastSeenAt',
      readProblems: '++seq, seenAt',
      settings: 'key',
    });
    // Version 2 (ICP editor, suppression lists, stored fits) only adds tables: nothing to upgrade.
    this.version(2).stores({
      icpHistory: '++seq, icpId',
      suppressionLists: 'id',
      fits: 'accountId, tierId, score',
    });
    // Version 3: the shortlist, and the dashboard's filter columns indexed on the stored fits.
    this.version(3).stores({
      shortlist: 'accountId, status, addedAt, updatedAt',
      fits: 'accountId, tierId, score, name, industry, employeeRange, hqCountry, *technology, lastSeenAt',
    });
  }
}

let shared: FitcheckDb | undefined;

/** The background's database, opened on first use. */
export function getDb(): FitcheckDb {
  shared ??= new FitcheckDb();
  return shared;
}
