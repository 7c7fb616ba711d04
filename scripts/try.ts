import { launchWithExtension, startFixtureServer } from '../test/e2e/harness';

/**
 * `npm start`: opens Chromium with the freshly built extension and its sample ICP, on the
 * fixture pages served at their real URLs (LinkedIn companies and a profile, Crunchbase, a
 * company website), so anyone can see Fitcheck work without a login. Close the browser to stop.
 */
const LINKEDIN_PAGES = [
  '/company/northwind-ledger',
  '/company/harborview-analytics/',
  '/company/tallgrass-freight',
  '/company/quotaly/',
  '/in/omar-haddad-4b2a19/',
];
/** Answered from the fixtures at their real https address; click the Fitcheck icon to read them. */
const OTHER_PAGES = [
  'https://www.crunchbase.com/organization/northwind-ledger',
  'https://www.northwindledger.com/',
];

const server = await startFixtureServer();
const browser = await launchWithExtension({ headless: false });
for (const path of LINKEDIN_PAGES) await (await browser.context.newPage()).goto(`${server.origin}${path}`);
for (const url of OTHER_PAGES) await (await browser.context.newPage()).goto(url);
console.log(`Fitcheck is loaded. Fixture pages are served at ${server.origin}; close the browser to stop.`);
browser.context.on('close', () => void server.close().then(() => process.exit(0)));
