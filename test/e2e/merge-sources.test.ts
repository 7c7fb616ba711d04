import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
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
 * One account per company: what the SDR reads on LinkedIn, then on Crunchbase (and the
 * company's website), lands on the same account, and the popup on any of those pages shows
 * everything read so far.
 */
describe('one account across LinkedIn, Crunchbase and the company website', () => {
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

  it('adds Crunchbase funding to the account first read on LinkedIn', async () => {
    const linkedin = await openCompanyPage(browser, `${server.origin}/company/northwind-ledger`);
    assert.equal(await waitForBadge(browser.worker, linkedin.tabId, 'A'), 'A');

    const crunchbase = await openCompanyPage(
      browser,
      'https://www.crunchbase.com/organization/northwind-ledger',
    );
    assert.equal(await waitForBadge(browser.worker, crunchbase.tabId, 'A'), 'A');
    const popup = await openPopupShowing(
      browser,
      crunchbase.tabId,
      '[data-testid=signal][data-field=totalFundingUsd]',
    );
    assert.equal(await popup.textContent('[data-testid=company-name]'), 'Northwind Ledger');
    const signals = await signalValues(popup);
    assert.deepEqual(signals.totalFundingUsd, ['142000000']);
    assert.deepEqual(signals.employeesOnLinkedIn, ['1874'], 'what LinkedIn said is on the same account');
    assert.deepEqual(signals.fundingStage, ['series_c']);
  });

  it('adds the website’s tools, compliance and motion, and the tier rises as the CRM criterion matches', async () => {
    const site = await openCompanyPage(browser, 'https://www.northwindledger.com/');
    const popup = await openPopupShowing(browser, site.tabId, '[data-testid=signal][data-field=technology]');
    assert.equal(await popup.textContent('[data-testid=company-name]'), 'Northwind Ledger');
    const signals = await signalValues(popup);
    assert.ok(signals.technology?.includes('HubSpot'), String(signals.technology));
    assert.deepEqual(signals.compliance?.sort(), ['iso27001', 'soc2']);
    assert.deepEqual(signals.totalFundingUsd, ['142000000'], 'Crunchbase funding is on the same account');
    const crm = popup.locator('[data-testid=criterion][data-criterion-id=crm-stack]');
    assert.equal(await crm.getAttribute('data-status'), 'matched');
    assert.equal(await popup.textContent('[data-testid=score]'), '100');
    assert.equal(await waitForBadge(browser.worker, site.tabId, 'A'), 'A');
  });

  it('reads a website when the popup opens on it, when websites are not read automatically', async () => {
    await browser.worker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { scripting: { unregisterContentScripts(): Promise<void> } } }
      ).chrome.scripting.unregisterContentScripts(),
    );
    const site = await openCompanyPage(browser, 'https://www.waldkern.de/impressum');
    const popup = await openPopup(browser, site.tabId);
    await popup.waitForSelector('[data-testid=company-name]');
    assert.equal(await popup.textContent('[data-testid=company-name]'), 'Waldkern');
    const signals = await signalValues(popup);
    assert.deepEqual(signals.hqCountry, ['DE']);
    assert.deepEqual(signals.locationsCount, ['2']);
  });

  it('threw nothing into any page console', () => {
    assert.deepEqual(browser.consoleProblems, []);
  });
});
