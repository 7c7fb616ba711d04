import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { SAMPLE_ICP } from '../../lib/icp/sample-icp';
import { type ExtensionBrowser, launchWithExtension } from './harness';

/** RevOps publishes the team ICP at a URL; the SDR enters it once on the options page. */
describe('team ICP URL in Chromium', () => {
  let browser: ExtensionBrowser;
  let server: Server;
  let body = JSON.stringify({ ...SAMPLE_ICP, id: 'team-icp', name: 'Team ICP', version: 3 });

  before(async () => {
    server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' }).end(body);
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    browser = await launchWithExtension();
  });
  after(async () => {
    await browser?.close();
    await new Promise((done) => server?.close(done));
  });

  it('syncs the team ICP and makes it active, then keeps it when a later download is broken', async () => {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/team-icp.json`;
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.waitForSelector('[data-testid=team-icp-status]');
    await options.fill('[data-testid=team-icp-url]', url);
    await options.click('[data-testid=team-icp-save]');
    await options.waitForFunction(
      () => document.querySelector('[data-testid=active-icp-name]')?.textContent === 'Team ICP',
    );
    assert.match((await options.textContent('[data-testid=team-icp-status]')) ?? '', /Synced .*version 3/);

    body = '{ "format": "fitcheck-icp", broken';
    await options.click('[data-testid=team-icp-save]');
    await options.waitForFunction(() =>
      /failed/.test(document.querySelector('[data-testid=team-icp-status]')?.textContent ?? ''),
    );
    assert.match((await options.textContent('[data-testid=team-icp-status]')) ?? '', /cached version 3/);
    await options.reload();
    await options.waitForSelector('[data-testid=active-icp-name]');
    assert.equal(await options.textContent('[data-testid=active-icp-name]'), 'Team ICP');
  });
});
