import { stat } from 'node:fs/promises';
import type { Page, Worker } from 'playwright-core';
import { launchWithExtension } from '../test/e2e/harness';

/**
 * How the dashboard feels with 50,000 accounts, in a real Chromium with the built extension:
 * `npm run build && tsx scripts/bench-dashboard.ts [accounts]`. Seeds the extension's own
 * database with synthetic accounts and fits, then times what an SDR does and prints the figures.
 */
const ACCOUNTS = Number(process.argv[2] ?? 50_000);
const INDUSTRIES = [
  'Software Development',
  'Financial Services',
  'IT Services and IT Consulting',
  'Hospitals and Health Care',
  'Retail',
];
const SIZES = ['11-50', '51-200', '201-500', '501-1000', '1001-5000', '5001-10000'];
const COUNTRIES = ['US', 'GB', 'DE', 'FR', 'CA', 'NL'];
const TOOLS = ['HubSpot', 'Salesforce', 'Marketo', 'Segment', 'Intercom', 'Zendesk'];

const browser = await launchWithExtension();
try {
  // Seeded before any page asks: the background caches what it read, and writes made behind
  // Dexie's back (as the seeding is) do not tell it to read again.
  const seedMs = await seed(browser.worker, ACCOUNTS);
  console.log(`seeded ${ACCOUNTS.toLocaleString('en-US')} accounts in ${seedMs} ms`);
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
  await page.waitForSelector('[data-testid=account-table]');

  report('open again, shortlist of 5% shown', await timed(page, () => page.reload(), ACCOUNTS / 20));
  report(
    'switch to every account',
    await timed(page, () => page.selectOption('[data-testid=scope]', 'all'), ACCOUNTS),
  );
  report(
    'sort by name',
    await timed(page, () => page.click('.accounts__head button:has-text("Company")'), ACCOUNTS),
  );
  const industryCount = Math.ceil(ACCOUNTS / INDUSTRIES.length);
  report(
    'filter by industry',
    await timed(
      page,
      () => page.selectOption('[data-testid=filter-industries]', INDUSTRIES[0] ?? ''),
      industryCount,
    ),
  );
  await page.selectOption('[data-testid=filter-industries]', '');
  await page.waitForSelector(`[data-testid=account-table][data-total="${ACCOUNTS}"]`);
  report('scroll to the middle', await scrollTo(page, Math.floor(ACCOUNTS / 2)));
  // "Company 4242" and "Company 42420" to "Company 42429" below 50,000.
  const searchHits = Array.from({ length: ACCOUNTS }, (_, n) => `company ${n}`).filter((name) =>
    name.includes('company 4242'),
  ).length;
  report('search', await timed(page, () => page.fill('[data-testid=search]', 'company 4242'), searchHits));
  report('render rows in the DOM', await page.locator('[data-testid=account-row]').count(), 'rows');
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  const started = Date.now();
  const [download] = await Promise.all([
    options.waitForEvent('download'),
    options.click('[data-testid=backup-download]'),
  ]);
  const size = (await stat((await download.path()) ?? '')).size;
  report(`backup download (${Math.round(size / 1e6)} MB)`, Date.now() - started);
} finally {
  await browser.close();
}

function report(what: string, value: number, unit = 'ms'): void {
  console.log(`${what.padEnd(32)} ${value.toLocaleString('en-US')} ${unit}`);
}

/** Time from the action until the table shows the expected total with a first row it did not show before. */
async function timed(page: Page, act: () => Promise<unknown>, total: number): Promise<number> {
  const firstRow = () =>
    page.getAttribute('[data-testid=account-row] >> nth=0', 'data-account-id').catch(() => null);
  const before = `${await page.getAttribute('[data-testid=account-table]', 'data-total')}:${await firstRow()}`;
  const started = Date.now();
  await act();
  await page.waitForFunction(
    ([expected, previous]) => {
      const table = document.querySelector('[data-testid=account-table]');
      const row = document.querySelector('[data-testid=account-row]');
      const now = `${table?.getAttribute('data-total')}:${row?.getAttribute('data-account-id')}`;
      return table?.getAttribute('data-total') === expected && row !== null && now !== previous;
    },
    [String(total), before] as const,
    { timeout: 60_000, polling: 16 },
  );
  return Date.now() - started;
}

async function scrollTo(page: Page, index: number): Promise<number> {
  const started = Date.now();
  await page.$eval('.accounts__viewport', (viewport, top) => viewport.scrollTo(0, top), index * 34);
  await page.waitForFunction(
    (wanted) =>
      [...document.querySelectorAll('[data-testid=account-row]')].some(
        (row) => (row as HTMLElement).style.top === `${wanted * 34}px`,
      ),
    index,
    { timeout: 60_000 },
  );
  return Date.now() - started;
}

/** Writes accounts, their stored fits and a 5% shortlist straight into the extension's IndexedDB. */
async function seed(worker: Worker, count: number): Promise<number> {
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
