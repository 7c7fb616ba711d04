import { launchWithExtension, startFixtureServer } from '../test/e2e/harness';

/**
 * `npm start`: opens Chromium with the freshly built extension and its sample ICP, on the
 * fixture company pages served at their LinkedIn URLs, so anyone can see Fitcheck work
 * without a LinkedIn login. Close the browser window to stop.
 */
const PAGES = [
  '/company/northwind-ledger',
  '/company/harborview-analytics/',
  '/company/tallgrass-freight',
  '/company/quotaly/',
];

const server = await startFixtureServer();
const browser = await launchWithExtension({ headless: false });
for (const path of PAGES) await (await browser.context.newPage()).goto(`${server.origin}${path}`);
console.log(`Fitcheck is loaded. Fixture pages are served at ${server.origin}; close the browser to stop.`);
browser.context.on('close', () => void server.close().then(() => process.exit(0)));
