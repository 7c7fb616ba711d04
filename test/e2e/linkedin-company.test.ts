import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { SAMPLE_ICP } from '../../lib/icp/sample-icp';
import {
  criterionStatuses,
  type ExtensionBrowser,
  launchWithExtension,
  openCompanyPage,
  openPopup,
  openPopupShowing,
  signalValues,
  startFixtureServer,
  waitForBadge,
} from './harness';

/**
 * The SDR's view, in a real Chromium with the built extension and its sample ICP: the badge
 * on the toolbar and the popup, read through the CONTRACT.md hooks only.
 */
describe('LinkedIn company pages in Chromium', () => {
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

  it('scores a matching company: badge, tier, score, criteria with evidence, both employee counts', async () => {
    const { tabId } = await openCompanyPage(browser, `${server.origin}/company/northwind-ledger`);
    assert.equal(await waitForBadge(browser.worker, tabId, 'A'), 'A');
    const popup = await openPopup(browser, tabId);
    assert.equal(await popup.textContent('[data-testid=company-name]'), 'Northwind Ledger');
    assert.equal(await popup.getAttribute('[data-testid=tier]', 'data-tier'), 'green');
    assert.equal(await popup.textContent('[data-testid=tier]'), 'Strong fit');
    assert.equal(await popup.textContent('[data-testid=score]'), '80');
    assert.deepEqual(await criterionStatuses(popup), {
      industry: 'matched',
      'company-size': 'matched',
      'hq-country': 'matched',
      'crm-stack': 'unknown',
      'funding-stage': 'matched',
      'recent-funding': 'matched',
    });
    const signals = await signalValues(popup);
    assert.deepEqual(signals.employeeRange, ['1001-5000']);
    assert.deepEqual(signals.employeesOnLinkedIn, ['1874']);
    assert.deepEqual(signals.domain, ['northwindledger.com']);
    assert.deepEqual(signals.hqCountry, ['US']);
    assert.deepEqual(signals.fundingStage, ['series_c']);
    assert.equal(await popup.locator('[data-testid=disqualifier]').count(), 0);
    const industryRow = popup.locator('[data-testid=criterion][data-criterion-id=industry]');
    assert.match((await industryRow.textContent()) ?? '', /Software Development/);
  });

  it('on a profile, shows persona fit and the fit of the company, known by its numeric id', async () => {
    const { tabId } = await openCompanyPage(browser, `${server.origin}/in/omar-haddad-4b2a19/`);
    assert.equal(await waitForBadge(browser.worker, tabId, 'A'), 'A');
    const popup = await openPopup(browser, tabId);
    assert.equal(await popup.textContent('[data-testid=person-name]'), 'Omar Haddad');
    assert.equal(await popup.getAttribute('[data-testid=persona-fit]', 'data-status'), 'match');
    const rules = await popup.$$eval('[data-testid=persona-rule]', (els) =>
      els.map((el) => `${el.getAttribute('data-kind')}:${el.getAttribute('data-value')}`),
    );
    assert.ok(rules.includes('title:Director of Sales Development'), rules.join(', '));
    assert.equal(await popup.textContent('[data-testid=company-name]'), 'Northwind Ledger');
    assert.equal(await popup.getAttribute('[data-testid=tier]', 'data-tier'), 'green');
  });

  it('on a profile whose company is not seen yet, links to the company page', async () => {
    const { tabId } = await openCompanyPage(browser, `${server.origin.replace('www.', 'de.')}/in/janedoe`);
    const popup = await openPopup(browser, tabId);
    await popup.waitForSelector('[data-testid=person-name]');
    assert.equal(
      await popup.getAttribute('[data-testid=open-company]', 'href'),
      'https://www.linkedin.com/company/harborview-analytics/',
    );
    assert.equal(await waitForBadge(browser.worker, tabId, ''), '');
  });

  it('disqualifies a competitor whatever its score', async () => {
    const { tabId } = await openCompanyPage(browser, `${server.origin}/company/quotaly/`);
    assert.equal(await waitForBadge(browser.worker, tabId, 'DQ'), 'DQ');
    const popup = await openPopup(browser, tabId);
    assert.equal(await popup.getAttribute('[data-testid=tier]', 'data-tier'), 'disqualified');
    const hits = await popup.$$eval('[data-testid=disqualifier]', (els) =>
      els.map((el) => el.getAttribute('data-criterion-id')),
    );
    assert.deepEqual(hits, ['competitor']);
  });

  it('shows unknown criteria as unknown, not missed, on a sparse page', async () => {
    const { tabId } = await openCompanyPage(browser, `${server.origin}/company/tallgrass-freight`);
    assert.equal(await waitForBadge(browser.worker, tabId, 'C'), 'C');
    const popup = await openPopup(browser, tabId);
    assert.equal(await popup.getAttribute('[data-testid=tier]', 'data-tier'), 'red');
    const statuses = await criterionStatuses(popup);
    assert.equal(statuses.industry, 'missed');
    assert.equal(statuses['hq-country'], 'unknown');
    assert.equal(statuses['crm-stack'], 'unknown');
    assert.equal((await signalValues(popup)).hqCountry, undefined);
  });

  it('follows in-app navigation from the home tab to the About tab, whose card renders late', async () => {
    const { page, tabId } = await openCompanyPage(browser, `${server.origin}/company/harborview-analytics/`);
    assert.equal(await waitForBadge(browser.worker, tabId, 'B'), 'B');
    const before = await signalValues(await openPopup(browser, tabId));
    assert.deepEqual(before.employeeRange, ['501-1000']);
    assert.equal(before.domain, undefined);

    await page.bringToFront();
    await page.click('a[href="/company/harborview-analytics/about/"]');
    await page.waitForURL(/\/about\/$/);
    const after = await waitForSignal(browser, tabId, 'domain');
    assert.deepEqual(after.domain, ['harborviewanalytics.ca']);
    assert.deepEqual(after.employeesOnLinkedIn, ['734']);
    assert.deepEqual(after.foundedYear, ['2008']);
    assert.equal(await waitForBadge(browser.worker, tabId, 'B'), 'B');

    await page.bringToFront();
    await page.click('a[href="/company/harborview-analytics/jobs/"]');
    await page.waitForURL(/\/jobs\/$/);
    const jobs = await waitForSignal(browser, tabId, 'openRoles');
    assert.deepEqual(jobs.openRoles, ['14']);
    assert.ok(jobs.hiringRole?.includes('Sales Development Representative'), String(jobs.hiringRole));
    assert.deepEqual(jobs.domain, ['harborviewanalytics.ca'], 'the About tab read is kept');
  });

  it('shows the company fit on a profile once the company page has been seen', async () => {
    const { tabId } = await openCompanyPage(browser, `${server.origin.replace('www.', 'de.')}/in/janedoe`);
    assert.equal(await waitForBadge(browser.worker, tabId, 'B'), 'B');
    const popup = await openPopup(browser, tabId);
    assert.equal(await popup.textContent('[data-testid=company-name]'), 'Harborview Analytics');
    assert.equal(await popup.getAttribute('[data-testid=tier]', 'data-tier'), 'yellow');
  });

  it('says so when the page holds no company, and leaves the badge empty', async () => {
    const { tabId } = await openCompanyPage(browser, `${server.origin}/feed/`);
    const popup = await openPopup(browser, tabId);
    assert.equal(await popup.locator('[data-testid=no-company]').count(), 1);
    assert.equal(await waitForBadge(browser.worker, tabId, ''), '');
  });

  it('says when a company page could not be read, or only in part, and lists it under Diagnostics', async () => {
    const partial = await openCompanyPage(browser, `${server.origin}/company/icon-labs/`);
    const partialPopup = await openPopupShowing(browser, partial.tabId, '[data-testid=read-problem]');
    assert.equal(
      await partialPopup.getAttribute('[data-testid=read-problem]', 'data-missing'),
      'industry employeeRange',
    );
    assert.equal(await partialPopup.textContent('[data-testid=company-name]'), 'Icon Labs');

    const skeleton = await openCompanyPage(browser, `${server.origin}/company/skeleton-systems/`);
    const skeletonPopup = await openPopupShowing(browser, skeleton.tabId, '[data-testid=read-problem]');
    assert.equal(
      await skeletonPopup.getAttribute('[data-testid=read-problem]', 'data-missing'),
      'name industry employeeRange',
    );
    assert.equal(await skeletonPopup.locator('[data-testid=no-company]').count(), 0);
    assert.equal(await waitForBadge(browser.worker, skeleton.tabId, ''), '');

    const options = await browser.context.newPage();
    const reported = await waitFor(async () => {
      await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
      await options.waitForSelector('[data-testid=diagnostics]');
      const urls = await options.$$eval('[data-testid=read-problem-entry] .diagnostics__url', (cells) =>
        cells.map((cell) => new URL(cell.textContent ?? '').pathname),
      );
      return urls.includes('/company/icon-labs/') && urls.includes('/company/skeleton-systems/')
        ? urls
        : undefined;
    }, 15_000);
    assert.ok(reported, 'both pages are listed under Diagnostics');
  });

  it('refuses a bad ICP file with the path of the problem, keeps the active ICP, then imports a good one', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.waitForSelector('[data-testid=active-icp-name]');
    const activeBefore = await options.textContent('[data-testid=active-icp-name]');

    const badFile = join(tmpdir(), 'fitcheck-bad.icp.json');
    const bad = structuredClone(SAMPLE_ICP);
    (bad.criteria[1] as { weight: number }).weight = -5;
    await writeFile(badFile, JSON.stringify(bad));
    await options.setInputFiles('[data-testid=icp-import]', badFile);
    const error = await options.waitForSelector('[data-testid=import-error]');
    assert.match((await error.textContent()) ?? '', /criteria\[1\]\.weight/);
    assert.equal(await options.textContent('[data-testid=active-icp-name]'), activeBefore);

    const goodFile = join(tmpdir(), 'fitcheck-good.icp.json');
    await writeFile(
      goodFile,
      JSON.stringify({ ...SAMPLE_ICP, id: 'enterprise', name: 'Enterprise segment' }),
    );
    await options.setInputFiles('[data-testid=icp-import]', goodFile);
    await options.waitForSelector('[data-testid=import-ok]');
    assert.equal(await options.textContent('[data-testid=active-icp-name]'), 'Enterprise segment');
  });

  it('threw nothing into any page console, LinkedIn pages and extension pages alike', () => {
    assert.deepEqual(browser.consoleProblems, []);
  });
});

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined || Date.now() > deadline) return value;
    await new Promise((done) => setTimeout(done, 500));
  }
}

async function waitForSignal(browser: ExtensionBrowser, tabId: number, field: string, timeoutMs = 8000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const popup = await openPopup(browser, tabId);
    const values = await signalValues(popup);
    await popup.close();
    if (values[field] || Date.now() > deadline) return values;
    await new Promise((done) => setTimeout(done, 250));
  }
}
