import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import {
  type ExtensionBrowser,
  launchWithExtension,
  openCompanyPage,
  openPopupShowing,
  startFixtureServer,
} from './harness';

/**
 * The end of the SDR's loop in a real Chromium: shortlist from the popup, work the dashboard,
 * export, and read the downloaded CSV as a spreadsheet would.
 */
describe('Shortlist, dashboard and export in Chromium', () => {
  let server: Awaited<ReturnType<typeof startFixtureServer>>;
  let browser: ExtensionBrowser;

  before(async () => {
    server = await startFixtureServer();
    browser = await launchWithExtension();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shortlists two companies from the popup, changes a status on the dashboard and exports them', async () => {
    for (const slug of ['northwind-ledger', 'quotaly']) {
      const { tabId } = await openCompanyPage(browser, `${server.origin}/company/${slug}/`);
      const popup = await openPopupShowing(browser, tabId, '[data-testid=shortlist]');
      await popup.click('[data-testid=shortlist]');
      await popup.waitForSelector('[data-testid=shortlist][data-shortlisted=true]');
      await popup.close();
    }
    // The popup remembers: reopened, it says the company is on the shortlist.
    const { tabId } = await openCompanyPage(browser, `${server.origin}/company/northwind-ledger/`);
    const again = await openPopupShowing(browser, tabId, '[data-testid=shortlist][data-shortlisted=true]');
    await again.selectOption('[data-testid=shortlist-status]', 'researching');
    await again.fill('[data-testid=shortlist-note]', '=HYPERLINK("http://evil.example")');
    await again.locator('[data-testid=shortlist-note]').blur();
    await again.close();

    const dashboard = await openDashboard(browser);
    await dashboard.waitForSelector('[data-testid=account-row] >> nth=1');
    assert.equal(await dashboard.locator('[data-testid=account-row]').count(), 2);
    const quotaly = dashboard.locator('[data-testid=account-row]', { hasText: 'Quotaly' });
    await quotaly.locator('input[type=checkbox]').check();
    await dashboard.selectOption('[data-testid=bulk-status]', 'contacted');
    await dashboard.waitForSelector('[data-testid=account-row][data-status=contacted]');

    await dashboard.selectOption('[data-testid=filter-statuses]', 'researching');
    await dashboard.waitForFunction(
      () => document.querySelectorAll('[data-testid=account-row]').length === 1,
    );
    await dashboard.selectOption('[data-testid=filter-statuses]', '');
    await dashboard.waitForFunction(
      () => document.querySelectorAll('[data-testid=account-row]').length === 2,
    );

    const [download] = await Promise.all([
      dashboard.waitForEvent('download'),
      dashboard.click('[data-testid=export-csv]'),
    ]);
    const csv = await readFile((await download.path()) ?? '', 'utf8');
    assert.ok(csv.startsWith('\uFEFF'), 'a BOM, so Excel reads UTF-8');
    const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true });
    assert.deepEqual(parsed.errors, []);
    const byName = new Map(parsed.data.map((row) => [row.name, row]));
    assert.deepEqual([...byName.keys()].sort(), ['Northwind Ledger', 'Quotaly']);
    assert.equal(byName.get('Northwind Ledger')?.status, 'researching');
    assert.equal(byName.get('Northwind Ledger')?.tierId, 'green');
    assert.equal(byName.get('Northwind Ledger')?.domain, 'northwindledger.com');
    assert.equal(byName.get('Northwind Ledger')?.note, `'=HYPERLINK("http://evil.example")`);
    assert.equal(byName.get('Quotaly')?.status, 'contacted');
    assert.equal(byName.get('Quotaly')?.tierId, 'disqualified');
    await dashboard.close();
  });

  it('opens a row to show the full fit with its evidence', async () => {
    const dashboard = await openDashboard(browser);
    await dashboard
      .locator('[data-testid=account-row]', { hasText: 'Northwind Ledger' })
      .locator('button')
      .click();
    const detail = dashboard.locator('[data-testid=account-detail]');
    await detail.locator('[data-testid=criterion][data-criterion-id=industry]').waitFor();
    assert.equal(await detail.locator('[data-testid=tier]').getAttribute('data-tier'), 'green');
    await dashboard.close();
  });

  it('backs up the whole database and restores it from the downloaded file', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.click('[data-testid=backup-download]'),
    ]);
    const backup = JSON.parse(await readFile((await download.path()) ?? '', 'utf8')) as {
      format: string;
      tables: { shortlist: { accountId: string; status: string }[] };
    };
    assert.equal(backup.format, 'fitcheck-backup');
    assert.equal(backup.tables.shortlist.length, 2);
    options.once('dialog', (dialog) => void dialog.accept());
    await options.setInputFiles('[data-testid=backup-restore]', (await download.path()) ?? '');
    await options.waitForSelector('[data-testid=backup-status]');
    assert.match((await options.textContent('[data-testid=backup-status]')) ?? '', /Restored .*2 shortlist/);
    await options.close();
    const dashboard = await openDashboard(browser);
    await dashboard.waitForSelector('[data-testid=account-row] >> nth=1');
    assert.equal(await dashboard.locator('[data-testid=account-row][data-status=contacted]').count(), 1);
    await dashboard.close();
  });

  it('raised no errors in any page', () => {
    assert.deepEqual(browser.consoleProblems, []);
  });
});

async function openDashboard(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
  await page.waitForSelector('[data-testid=account-table]');
  return page;
}
