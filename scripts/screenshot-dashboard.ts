import {
  launchWithExtension,
  openCompanyPage,
  openPopupShowing,
  startFixtureServer,
} from '../test/e2e/harness';

/**
 * Regenerates docs/dashboard.png, the README's picture of the dashboard, from a real run: the
 * fixture companies are opened and shortlisted through the popup, then the dashboard is shot.
 * `npm run build && tsx scripts/screenshot-dashboard.ts`.
 */
const COMPANIES = [
  '/company/northwind-ledger/',
  '/company/quotaly/',
  '/company/tallgrass-freight/',
  '/company/waldkern-software/about/',
];
const server = await startFixtureServer();
const browser = await launchWithExtension();
try {
  for (const path of COMPANIES) {
    const { tabId } = await openCompanyPage(browser, `${server.origin}${path}`);
    const popup = await openPopupShowing(browser, tabId, '[data-testid=shortlist]');
    if ((await popup.getAttribute('[data-testid=shortlist]', 'data-shortlisted')) === 'false') {
      await popup.click('[data-testid=shortlist]');
      await popup.waitForSelector('[data-testid=shortlist-status]');
    }
    await popup.close();
  }
  const dashboard = await browser.context.newPage();
  await dashboard.setViewportSize({ width: 1400, height: 720 });
  await dashboard.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
  await dashboard.waitForSelector('[data-testid=account-row]');
  await dashboard.locator('[data-testid=account-row] button').first().click();
  await dashboard.waitForSelector('[data-testid=account-detail] [data-testid=tier]');
  await dashboard.screenshot({ path: 'docs/dashboard.png' });
} finally {
  await browser.close();
  await server.close();
}
