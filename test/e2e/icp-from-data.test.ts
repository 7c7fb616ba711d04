import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { plantedExport } from '../analysis/planted-export';
import { type ExtensionBrowser, launchWithExtension } from './harness';

/**
 * RevOps builds an ICP from a CRM export in a real Chromium: import, the lift analysis finds the
 * planted patterns, the draft opens in the editor and is saved, and a backtest runs.
 */
describe('ICP from CRM data in Chromium', () => {
  let browser: ExtensionBrowser;

  before(async () => {
    browser = await launchWithExtension();
  });
  after(async () => {
    await browser?.close();
  });

  it('imports an export, finds the planted signals, opens and saves a draft ICP, and backtests it', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.setInputFiles('[data-testid=crm-import]', {
      name: 'hubspot-companies.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(plantedExport().csv),
    });
    await options.click('[data-testid=crm-analyze]');
    await options.waitForSelector('[data-testid=crm-summary]');
    assert.match(
      (await options.textContent('[data-testid=crm-summary]')) ?? '',
      /200 customers, 60 churned, 80 lost, 20 open/,
    );

    const selected = async (kind: string) =>
      options.$$eval(`[data-testid=lift-row][data-kind=${kind}]`, (rows) =>
        rows
          .filter(
            (row) => (row.querySelector('[data-testid=lift-select]') as HTMLInputElement | null)?.checked,
          )
          .map((row) => row.getAttribute('data-value')),
      );
    assert.deepEqual((await selected('positive')).sort(), ['201-500', 'Financial Services']);
    const retail = options.locator('[data-testid=lift-row][data-kind=negative][data-value=Retail]');
    await retail.locator('[data-testid=lift-select]').check();

    await options.fill('[data-testid=crm-draft-name]', 'From CRM data');
    await options.click('[data-testid=crm-draft]');
    const editor = options.locator('[data-testid=icp-editor][data-icp-id=from-crm-data]');
    await editor.waitFor();
    assert.equal(await editor.locator('[data-testid=criterion-editor]').count(), 2);
    assert.equal(await editor.locator('[data-testid=disqualifier-editor]').count(), 1);
    await options.click('[data-testid=icp-save]');
    await options.waitForSelector('[data-testid=icp-entry][data-icp-id=from-crm-data]');

    await options.selectOption('[data-testid=crm-backtest-icp]', 'draft');
    await options.click('[data-testid=crm-backtest]');
    await options.waitForSelector('[data-testid=backtest-verdict]');
    assert.ok((await options.locator('[data-testid=backtest-tier]').count()) >= 3);
    await options.close();
  });

  it('raised no errors in any page', () => {
    assert.deepEqual(browser.consoleProblems, []);
  });
});
