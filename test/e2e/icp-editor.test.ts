import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  type ExtensionBrowser,
  launchWithExtension,
  openCompanyPage,
  openPopup,
  startFixtureServer,
  waitForBadge,
} from './harness';

/**
 * RevOps tunes the ICP in the options page of a real Chromium: the preview moves with the draft,
 * a save re-scores, and the SDR's open LinkedIn tab follows (badge and popup).
 */
describe('ICP editor in Chromium', () => {
  let server: Awaited<ReturnType<typeof startFixtureServer>>;
  let browser: ExtensionBrowser;
  let tabId: number;

  before(async () => {
    server = await startFixtureServer();
    browser = await launchWithExtension();
    ({ tabId } = await openCompanyPage(browser, `${server.origin}/company/northwind-ledger`));
    assert.equal(await waitForBadge(browser.worker, tabId, 'A'), 'A');
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it("edits a criterion's weight, sees the preview move, saves, and the open tab changes tier", async () => {
    const options = await openOptions(browser);
    const crm = options.locator('[data-testid=criterion-editor][data-criterion-id=crm-stack]');
    // Northwind Ledger's CRM is unknown: weighing it three times as much drops the score to 57.
    await crm.locator('[data-testid=criterion-weight]').fill('60');
    const green = options.locator('[data-testid=preview-tier][data-tier-id=green]');
    await options.waitForSelector(
      '[data-testid=preview][data-status=ready] [data-testid=preview-tier][data-tier-id=green][data-draft="0"]',
    );
    assert.equal(await green.getAttribute('data-saved'), '1');
    assert.equal(
      await options.getAttribute('[data-testid=preview-tier][data-tier-id=red]', 'data-draft'),
      '1',
    );
    assert.equal(await options.getAttribute('[data-testid=preview-change]', 'data-to'), 'red');

    await options.click('[data-testid=icp-save]');
    await options.waitForSelector('[data-testid=rescore-progress][data-running=false]');
    assert.match((await options.textContent('[data-testid=icp-save-status]')) ?? '', /Saved version 2/);
    assert.equal(await waitForBadge(browser.worker, tabId, 'C'), 'C');
    const popup = await openPopup(browser, tabId);
    assert.equal(await popup.getAttribute('[data-testid=tier]', 'data-tier'), 'red');
    assert.equal(await popup.textContent('[data-testid=score]'), '57');
    await popup.close();

    // Undo reaches back past the save: the old weight is a draft again, to be saved as version 3.
    await options.click('[data-testid=icp-undo]');
    assert.equal(await crm.locator('[data-testid=criterion-weight]').inputValue(), '20');
    assert.equal(await options.isEnabled('[data-testid=icp-save]'), true);
    await options.close();
  });

  it('shows a problem beside the input and refuses to save until it is fixed', async () => {
    const options = await openOptions(browser);
    const crm = options.locator('[data-testid=criterion-editor][data-criterion-id=crm-stack]');
    await crm.locator('textarea').first().fill('');
    await crm.locator('[data-testid=field-issue][data-path="criteria[3].rationale"]').waitFor();
    assert.equal(await options.isDisabled('[data-testid=icp-save]'), true);
    assert.equal(await options.getAttribute('[data-testid=preview]', 'data-status'), 'invalid');
    await options.click('[data-testid=icp-discard]');
    assert.equal(await crm.locator('[data-testid=field-issue]').count(), 0);
    await options.close();
  });

  it('creates an enterprise segment variant, and the popup shows its fit beside the primary one', async () => {
    const options = await openOptions(browser);
    options.once('dialog', (dialog) => void dialog.accept('Enterprise'));
    await options.click('[data-testid=icp-new-segment]');
    await options.waitForSelector('[data-testid=icp-editor][data-icp-id=enterprise]');
    const size = options.locator('[data-testid=criterion-editor][data-criterion-id=company-size]');
    await size.locator('[data-testid=size-min]').fill('5001');
    await size.locator('[data-testid=size-max]').fill('');
    await options.click('[data-testid=icp-save]');
    await options.waitForSelector('[data-testid=icp-entry][data-icp-id=enterprise]');
    const popup = await openPopup(browser, tabId);
    // Northwind Ledger (1,001-5,000 people) misses the enterprise size band: 60 of 140 points.
    const segment = popup.locator('[data-testid=segment-fit][data-icp-id=enterprise]');
    assert.equal(await segment.getAttribute('data-tier'), 'red');
    assert.match((await segment.textContent()) ?? '', /Enterprise: Poor fit 43/);
    assert.equal(await popup.textContent('[data-testid=score]'), '57');
    await popup.close();
    await options.close();
  });

  it('imports a customer list from CSV and a list disqualifier puts the open tab out', async () => {
    const options = await openOptions(browser);
    const csv =
      'Record ID,Company name,Company Domain Name\n101,Northwind Ledger,northwindledger.com\n102,Globex,globex.com\n';
    await options.setInputFiles('[data-testid=suppression-import]', {
      name: 'customers.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await options.click('[data-testid=suppression-import-confirm]');
    await options.waitForSelector('[data-testid=suppression-list-row][data-list-id=customers]');
    await options.click('[data-testid=disqualifier-add-list][data-list-id=customers]');
    const added = options.locator('[data-testid=disqualifier-editor][data-criterion-id=customers]');
    await added.locator('textarea').fill('Already a customer: hand over to their account manager.');
    await options.click('[data-testid=icp-save]');
    assert.equal(await waitForBadge(browser.worker, tabId, 'DQ'), 'DQ');
    const popup = await openPopup(browser, tabId);
    assert.equal(await popup.getAttribute('[data-testid=tier]', 'data-tier'), 'disqualified');
    assert.equal(await popup.locator('[data-testid=disqualifier][data-criterion-id=customers]').count(), 1);
    await popup.close();
    await options.close();
  });

  it('raised no errors in any page', () => {
    assert.deepEqual(browser.consoleProblems, []);
  });
});

async function openOptions(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.waitForSelector('[data-testid=icp-editor]');
  return page;
}
