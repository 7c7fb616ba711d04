import type { Worker } from 'playwright-core';

/** The synthetic accounts' values, cycled: account n takes entry n % length of each list. */
export const INDUSTRIES = [
  'Software Development',
  'Financial Services',
  'IT Services and IT Consulting',
  'Hospitals and Health Care',
  'Retail',
];
export const SIZES = ['11-50', '51-200', '201-500', '501-1000', '1001-5000', '5001-10000'];
export const COUNTRIES = ['US', 'GB', 'DE', 'FR', 'CA', 'NL'];
export const TOOLS = ['HubSpot', 'Salesforce', 'Marketo', 'Segment', 'Intercom', 'Zendesk'];

/** Writes accounts, their stored fits and a 5% shortlist straight into the extension's IndexedDB. */
export async function seedAccounts(worker: Worker, count: number): Promise<number> {
  const started = Date.now();
  // tsx keeps function names with a __name helper that the worker does not have.
  await worker.evaluate('globalThis.__name = (fn) => fn');
  await worker.evaluate(
    async ({ count, industries, sizes, countries, tools }) => {
      // The background creates its database as it starts.
      while (!(await indexedDB.databases()).some((info) => info.name === 'fitcheck')) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('fitcheck');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      // ...and re-scores at start; seeding before that run ends would have it re-score the seeds.
      const scored = () =>
        new Promise<boolean>((resolve) => {
          const request = db.transaction('settings').objectStore('settings').get('fitsScoredWith');
          request.onsuccess = () => resolve(request.result !== undefined);
        });
      while (!(await scored())) await new Promise((resolve) => setTimeout(resolve, 50));
      const tx = db.transaction(['accounts', 'fits', 'shortlist'], 'readwrite');
      const now = new Date().toISOString();
      for (let n = 0; n < count; n++) {
        const id = `domain:company${n}.com`;
        const pick = <T>(list: T[]) => list[n % list.length] as T;
        const signal = (field: string, value: unknown) => ({
          field,
          value,
          evidence: {
            url: `https://company${n}.com/`,
            extractorId: 'company-website',
            seenAt: now,
            sourceText: String(value),
          },
        });
        const signals = [
          signal('name', `Company ${n}`),
          signal('domain', `company${n}.com`),
          signal('industry', pick(industries)),
          signal('employeeRange', pick(sizes)),
          signal('hqCountry', pick(countries)),
          signal('technology', [pick(tools)]),
        ];
        tx.objectStore('accounts').put({
          id,
          name: `Company ${n}`,
          domain: `company${n}.com`,
          signals,
          sources: [],
          firstSeenAt: now,
          lastSeenAt: now,
        });
        const score = (n * 37) % 101;
        tx.objectStore('fits').put({
          accountId: id,
          icpId: 'sample-midmarket-saas',
          icpName: 'Mid-market B2B SaaS (sample)',
          icpVersion: 1,
          tierId: score >= 80 ? 'green' : score >= 60 ? 'yellow' : 'red',
          tierLabel: score >= 80 ? 'Strong fit' : score >= 60 ? 'Possible fit' : 'Poor fit',
          tierColor: '#16a34a',
          score,
          disqualified: false,
          scoredAt: now,
          name: `Company ${n}`,
          domain: `company${n}.com`,
          industry: pick(industries),
          employeeRange: pick(sizes),
          hqCountry: pick(countries),
          technology: [pick(tools)],
          lastSeenAt: now,
        });
        if (n % 20 === 0)
          tx.objectStore('shortlist').put({
            accountId: id,
            status: 'new',
            note: '',
            addedAt: now,
            updatedAt: now,
          });
      }
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { count, industries: INDUSTRIES, sizes: SIZES, countries: COUNTRIES, tools: TOOLS },
  );
  return Date.now() - started;
}
