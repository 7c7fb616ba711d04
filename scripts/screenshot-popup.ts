import {
  launchWithExtension,
  openCompanyPage,
  openPopup,
  startFixtureServer,
  waitForBadge,
} from '../test/e2e/harness';

/**
 * Regenerates docs/popup.png, the README's picture of the popup, from a real run over the
 * sample company page: `npm run build && tsx scripts/screenshot-popup.ts [company path]`.
 */
const path = process.argv[2] ?? '/company/northwind-ledger';
const server = await startFixtureServer();
const browser = await launchWithExtension();
try {
  const { tabId } = await openCompanyPage(browser, `${server.origin}${path}`);
  await waitForBadge(browser.worker, tabId, 'A');
  const popup = await openPopup(browser, tabId);
  await popup.setViewportSize({ width: 420, height: 900 });
  await popup.screenshot({ path: 'docs/popup.png', fullPage: true });
} finally {
  await browser.close();
  await server.close();
}
