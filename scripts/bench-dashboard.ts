import { stat } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../test/e2e/harness';
import { INDUSTRIES, seedAccounts } from './bench/seed-accounts';

/**
 * How the dashboard feels with 50,000 accounts, in a real Chromium with the built extension:
 * `npm run build && tsx scripts/bench-dashboard.ts [accounts]`. Seeds the extension's own
 * database with synthetic accounts and fits, then times what an SDR does and prints the figures.
 */
const ACCOUNTS = Number(process.argv[2] ?? 50_000);

const browser = await launchWithExtension();
try {
  // Seeded before any page asks: the background caches what it read, and writes made behind
  // Dexie's back (as the seeding is) do not tell it to read again.
  const seedMs = await seedAccounts(browser.worker, ACCOUNTS);
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
