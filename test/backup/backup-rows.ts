import type { Account } from '@/lib/accounts/account';
import type { FitcheckDb } from '@/lib/db';
import { SAMPLE_ICP } from '@/lib/icp/sample-icp';
import { storeFit } from '@/lib/scoring/rescore';
import { loadScoringSetup } from '@/lib/scoring/scoring-setup';
import { signal } from '../helpers/signals';

const SEEN = '2026-11-20T09:00:00.000Z';

export function companyAccount(slug: string, domain: string): Account {
  const url = `https://www.linkedin.com/company/${slug}/`;
  return {
    id: `domain:${domain}`,
    name: slug,
    domain,
    linkedinSlug: slug,
    signals: [
      signal('name', slug, { url }),
      signal('domain', domain, { url }),
      signal('industry', 'Software Development', { url }),
      signal('employeeRange', '201-500', { url }),
      signal('hqCountry', 'DE', { url }),
      signal('technology', ['HubSpot', 'Segment'], {
        url: `https://${domain}/`,
        extractorId: 'company-website',
      }),
    ],
    sources: [{ url, pageKind: 'linkedin-company', seenAt: SEEN }],
    firstSeenAt: SEEN,
    lastSeenAt: SEEN,
  };
}

export function person(slug: string): Account {
  const url = `https://www.linkedin.com/in/${slug}/`;
  return {
    id: `person:${slug}`,
    name: slug,
    signals: [
      signal('personName', slug, { url, extractorId: 'linkedin-profile' }),
      signal('personTitle', 'VP Sales', { url, extractorId: 'linkedin-profile' }),
      signal('seniority', 'vp', { url, extractorId: 'linkedin-profile' }),
    ],
    sources: [{ url, pageKind: 'linkedin-profile', seenAt: SEEN }],
    firstSeenAt: SEEN,
    lastSeenAt: SEEN,
  };
}

/** Fits as the background stores them, so the test follows whatever shape a fit row has. */
export async function storeFits(db: FitcheckDb, accounts: readonly Account[]): Promise<void> {
  const setup = await loadScoringSetup(db);
  for (const account of accounts) await storeFit(db, account, setup, new Date(SEEN));
}

/** A database with realistic rows in every table a backup holds, and in the ones it leaves out. */
export async function fillDatabase(db: FitcheckDb, accountCount = 25): Promise<void> {
  const accounts = Array.from({ length: accountCount }, (_, index) =>
    companyAccount(`company-${index}`, `company-${index}.com`),
  );
  await db.accounts.bulkPut(accounts);
  await db.people.bulkPut([person('jane-doe'), person('max-mustermann')]);
  const teamIcp = { ...SAMPLE_ICP, id: 'team-icp', name: 'Team ICP', version: 3 };
  await db.icps.bulkPut([
    { id: SAMPLE_ICP.id, icp: SAMPLE_ICP, importedAt: '2026-11-01T08:00:00.000Z' },
    { id: teamIcp.id, icp: teamIcp, importedAt: '2026-11-10T08:00:00.000Z' },
  ]);
  await db.icpHistory.bulkAdd([
    { icpId: teamIcp.id, version: 1, icp: { ...teamIcp, version: 1 }, savedAt: '2026-11-02T08:00:00.000Z' },
    { icpId: teamIcp.id, version: 2, icp: { ...teamIcp, version: 2 }, savedAt: '2026-11-05T08:00:00.000Z' },
  ]);
  await db.suppressionLists.put({
    id: 'customers',
    label: 'Customers',
    domains: ['company-1.com', 'company-2.com'],
    linkedinSlugs: ['company-3'],
    fileName: 'hubspot-companies.csv',
    importedAt: '2026-11-03T08:00:00.000Z',
    rows: 4,
    skipped: 1,
  });
  await db.shortlist.bulkPut([
    shortlisted('domain:company-4.com', 'contacted', 'Spoke to the VP Sales; follow up in Q1.'),
    shortlisted('domain:company-5.com', 'new', ''),
  ]);
  await db.settings.bulkPut([
    { key: 'activeIcpId', value: teamIcp.id },
    { key: 'teamIcpUrl', value: 'https://revops.example.com/icp.json' },
    { key: 'teamIcpSync', value: { url: 'https://revops.example.com/icp.json', etag: '"abc"' } },
    { key: 'fitsScoredWith', value: 'team-icp@3' },
  ]);
  await storeFits(db, accounts);
  await db.readProblems.add({
    url: 'https://www.linkedin.com/company/x/',
    pageKind: 'linkedin-company',
    missing: ['industry'],
    seenAt: SEEN,
  });
}

function shortlisted(accountId: string, status: 'new' | 'contacted', note: string) {
  return { accountId, status, note, addedAt: SEEN, updatedAt: '2026-11-21T10:00:00.000Z' };
}

/** Every table's rows, to compare two databases (or one before and after) with toEqual. */
export async function snapshot(db: FitcheckDb): Promise<Record<string, unknown[]>> {
  const names = ['icps', 'icpHistory', 'accounts', 'people', 'suppressionLists', 'shortlist', 'settings'];
  const entries = await Promise.all(
    [...names, 'fits', 'readProblems'].map(async (name) => [name, await db.table(name).toArray()] as const),
  );
  return Object.fromEntries(entries);
}
