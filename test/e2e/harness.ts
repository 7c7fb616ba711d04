import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';

/**
 * Real-browser harness: Debian Chromium with the built extension loaded, and the fixture
 * pages served at their LinkedIn URLs (the host resolves to this machine, the port is ours;
 * content-script match patterns ignore ports).
 */
const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'test/fixtures');
/** The build under test; benchmarks pass their own (FITCHECK_OUT_DIR). */
const EXTENSION_DIR = join(ROOT, process.env.FITCHECK_OUT_DIR ?? '.output', 'chrome-mv3');

interface Route {
  url: string;
  file: string;
}

const trimSlash = (path: string) => path.replace(/\/+$/, '') || '/';

/** LinkedIn serves the same pages on every country subdomain; other sites by their own host. */
function siteOf(hostname: string): string {
  const host = hostname.toLowerCase();
  return host === 'linkedin.com' || host.endsWith('.linkedin.com')
    ? 'linkedin.com'
    : host.replace(/^www\./, '');
}

const routeKey = (url: URL) => `${siteOf(url.hostname)}${trimSlash(url.pathname)}`;

/** Every fixture route: routes.json and routes-<topic>.json files in any folder under test/fixtures. */
async function readRoutes(): Promise<Map<string, string>> {
  const routes = new Map<string, string>();
  const entries = await readdir(FIXTURES, { recursive: true });
  for (const entry of entries.filter((name) => /(^|\/)routes(-[\w-]+)?\.json$/.test(name))) {
    const folder = dirname(join(FIXTURES, entry));
    for (const route of JSON.parse(await readFile(join(FIXTURES, entry), 'utf8')) as Route[]) {
      routes.set(routeKey(new URL(route.url)), join(folder, route.file));
    }
  }
  return routes;
}

/**
 * A page the fixtures do not have is a 404; an asset a fixture page refers to (its logo, a
 * badge, favicon) is an empty 204, so the browser logs no load error for what tests never see.
 */
function notAFixture(url: URL): { status: number; body: string } {
  const isAsset = /\.(ico|svg|png|jpe?g|gif|webp|css|js|woff2?)$/i.test(url.pathname);
  return isAsset ? { status: 204, body: '' } : { status: 404, body: 'not a fixture' };
}

/** Serves each fixture at its real host and path; the browser maps every host to this server. */
export async function startFixtureServer(): Promise<{
  origin: string;
  port: number;
  close(): Promise<void>;
}> {
  const routes = await readRoutes();
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', `http://${request.headers.host ?? 'localhost'}`);
    const file = routes.get(routeKey(url));
    if (!file) {
      const { status, body } = notAFixture(url);
      response.writeHead(status, { 'content-type': 'text/plain' }).end(body);
      return;
    }
    readFile(file).then(
      (body) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body),
      () => response.writeHead(500).end(),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://www.linkedin.com:${port}`,
    port,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/**
 * https pages (Crunchbase, company websites, some HSTS-preloaded hosts the browser always
 * upgrades) are answered from the fixtures at their real URL; content scripts inject as usual.
 */
async function answerHttpsFromFixtures(context: BrowserContext): Promise<void> {
  const routes = await readRoutes();
  await context.route(/^https:\/\//, async (route) => {
    const file = routes.get(routeKey(new URL(route.request().url())));
    if (!file) return route.fulfill(notAFixture(new URL(route.request().url())));
    return route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: await readFile(file),
    });
  });
}

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Uncaught errors and console errors or warnings in any page, extension pages included. */
  consoleProblems: string[];
  close(): Promise<void>;
}

/** The flags of every test browser, with or without the extension. */
const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Every host resolves to the fixture server: LinkedIn, Crunchbase and company websites alike.
  '--host-resolver-rules=MAP * 127.0.0.1',
];

async function launchChromium(
  profile: string,
  headless: boolean,
  extraArgs: string[],
): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless,
    args: [...extraArgs, ...BROWSER_ARGS],
  });
  await answerHttpsFromFixtures(context);
  return context;
}

/**
 * The same browser and fixture routing without the extension: what a page costs on its own
 * (benchmarks compare the page's heap with and without Fitcheck).
 */
export async function launchWithoutExtension(
  options: { headless?: boolean } = {},
): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = await mkdtemp(join(tmpdir(), 'fitcheck-plain-'));
  const context = await launchChromium(profile, options.headless ?? true, []);
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

export async function launchWithExtension(
  options: { headless?: boolean; extensionDir?: string } = {},
): Promise<ExtensionBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'fitcheck-e2e-'));
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const context = await launchChromium(profile, options.headless ?? true, [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
  ]);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const consoleProblems: string[] = [];
  context.on('weberror', (error) => consoleProblems.push(`${error.page()?.url()}: ${error.error().message}`));
  context.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      consoleProblems.push(`${message.page()?.url()}: ${message.text()}`);
    }
  });
  return {
    context,
    worker,
    extensionId,
    consoleProblems,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** The few chrome.* calls the tests make inside the service worker. */
interface WorkerChrome {
  tabs: { query(filter: object): Promise<{ id?: number; url?: string }[]> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
}

export async function tabIdOf(worker: Worker, url: string): Promise<number> {
  const id = await worker.evaluate(async (wanted) => {
    const tabs = await (globalThis as unknown as { chrome: WorkerChrome }).chrome.tabs.query({});
    // The newest tab showing the URL: a test may open the same page twice.
    return tabs.filter((tab) => tab.url === wanted).at(-1)?.id;
  }, url);
  if (id === undefined) throw new Error(`no tab shows ${url}`);
  return id;
}

export function badgeText(worker: Worker, tabId: number): Promise<string> {
  return worker.evaluate(
    (id) => (globalThis as unknown as { chrome: WorkerChrome }).chrome.action.getBadgeText({ tabId: id }),
    tabId,
  );
}

/** Waits for the badge to read `expected`; returns what it last read. */
export async function waitForBadge(worker: Worker, tabId: number, expected: string, timeoutMs = 8000) {
  const deadline = Date.now() + timeoutMs;
  let text = await badgeText(worker, tabId);
  while (text !== expected && Date.now() < deadline) {
    await new Promise((done) => setTimeout(done, 100));
    text = await badgeText(worker, tabId);
  }
  return text;
}

export async function openPopup(browser: ExtensionBrowser, tabId: number): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  await popup.waitForSelector(
    '[data-testid=company-name], [data-testid=no-company], [data-testid=person-name], [data-testid=read-problem]',
  );
  return popup;
}

/** Re-opens the popup until it shows `selector`: the page read may still be on its way. */
export async function openPopupShowing(
  browser: ExtensionBrowser,
  tabId: number,
  selector: string,
  timeoutMs = 8000,
) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const popup = await openPopup(browser, tabId);
    if ((await popup.locator(selector).count()) > 0 || Date.now() > deadline) return popup;
    await popup.close();
    await new Promise((done) => setTimeout(done, 250));
  }
}

export async function openCompanyPage(
  browser: ExtensionBrowser,
  url: string,
): Promise<{ page: Page; tabId: number }> {
  const page = await browser.context.newPage();
  await page.goto(url);
  return { page, tabId: await tabIdOf(browser.worker, page.url()) };
}

/** Criterion id -> status, as the popup shows them. */
export async function criterionStatuses(popup: Page): Promise<Record<string, string>> {
  return popup.$$eval('[data-testid=criterion]', (rows) =>
    Object.fromEntries(
      rows.map((row) => [row.getAttribute('data-criterion-id'), row.getAttribute('data-status')]),
    ),
  );
}

/** Field -> values, as the popup's signal list shows them. */
export async function signalValues(popup: Page): Promise<Record<string, string[]>> {
  const pairs = await popup.$$eval('[data-testid=signal]', (elements) =>
    elements.map((element) => [
      element.getAttribute('data-field') ?? '',
      element.getAttribute('data-value') ?? '',
    ]),
  );
  const values: Record<string, string[]> = {};
  for (const [field = '', value = ''] of pairs) values[field] = [...(values[field] ?? []), value];
  return values;
}
