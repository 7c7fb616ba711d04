// @vitest-environment node
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { FitcheckDb } from '@/lib/db';
import { getActiveIcp } from '@/lib/icp/icp-store';
import { SAMPLE_ICP } from '@/lib/icp/sample-icp';
import type { Icp } from '@/lib/icp/schema';
import {
  describeSync,
  getTeamSyncStatus,
  isSyncDue,
  syncTeamIcp,
  type TeamSyncStatus,
} from '@/lib/icp/team-sync';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

const TEAM_ID = 'team-icp';
const teamIcp = (version: number): Icp => ({ ...SAMPLE_ICP, id: TEAM_ID, name: 'Team ICP', version });

let server: Server;
let baseUrl: string;
const handlers: Handler[] = [];
const received: IncomingHttpHeaders[] = [];

/** The server answers each request with the next handler queued, in order. */
function serve(...next: Handler[]): void {
  handlers.push(...next);
}

const json =
  (body: unknown, headers: Record<string, string> = {}): Handler =>
  (_request, response) => {
    response.writeHead(200, { 'Content-Type': 'application/json', ...headers });
    response.end(typeof body === 'string' ? body : JSON.stringify(body));
  };

beforeAll(async () => {
  server = createServer((request, response) => {
    received.push(request.headers);
    const handler = handlers.shift();
    if (handler) handler(request, response);
    else response.writeHead(599).end('no handler queued');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

let db: FitcheckDb;
beforeEach(() => {
  db = new FitcheckDb(`test-${crypto.randomUUID()}`);
  handlers.length = 0;
  received.length = 0;
});
afterEach(async () => {
  expect(handlers).toEqual([]);
  await db.delete();
});

const at = (iso: string) => new Date(iso);
const sync = (now: string, path = '/team.json') =>
  syncTeamIcp(db, { url: `${baseUrl}${path}`, fetch, now: at(now) });

describe('syncTeamIcp against a local server', () => {
  it('updates, keeps the last good ICP through broken downloads, and sends conditional headers', async () => {
    serve(json(teamIcp(1), { ETag: '"v1"' }));
    const first = await sync('2026-11-23T08:00:00.000Z');
    expect(first).toMatchObject({ outcome: 'updated', version: 1, icpId: TEAM_ID, etag: '"v1"' });
    expect(first.lastSuccessAt).toBe('2026-11-23T08:00:00.000Z');
    expect(received[0]?.['if-none-match']).toBeUndefined();
    expect((await getActiveIcp(db)).version).toBe(1);

    const lastModified = 'Mon, 23 Nov 2026 08:30:00 GMT';
    serve(json(teamIcp(2), { ETag: '"v2"', 'Last-Modified': lastModified }));
    const second = await sync('2026-11-23T09:00:00.000Z');
    expect(second).toMatchObject({ outcome: 'updated', version: 2, etag: '"v2"', lastModified });
    expect(received[1]?.['if-none-match']).toBe('"v1"');
    expect((await getActiveIcp(db)).version).toBe(2);
    const good = await db.icps.get(TEAM_ID);

    serve(json('{ "format": "fitcheck-icp", ', { ETag: '"broken"' }));
    const broken = await sync('2026-11-23T10:00:00.000Z');
    expect(broken.outcome).toBe('failed');
    expect(broken.message).toMatch(/not a valid ICP \(\(file\): not valid JSON/);
    expect(received[2]?.['if-none-match']).toBe('"v2"');
    expect(received[2]?.['if-modified-since']).toBe(lastModified);

    const negative = teamIcp(3);
    serve(
      json({ ...negative, criteria: negative.criteria.map((c, i) => (i === 0 ? { ...c, weight: -5 } : c)) }),
    );
    const invalid = await sync('2026-11-23T11:00:00.000Z');
    expect(invalid.outcome).toBe('failed');
    expect(invalid.message).toContain('criteria[0].weight: weight must be greater than 0 (got -5)');

    serve((_request, response) => response.writeHead(500).end('oops'));
    const serverError = await sync('2026-11-23T12:00:00.000Z');
    expect(serverError.outcome).toBe('failed');
    expect(serverError.message).toBe('the server answered HTTP 500 Internal Server Error');

    // None of the failures touched the stored ICP or the validators of the last good download.
    expect((await getActiveIcp(db)).version).toBe(2);
    expect(await db.icps.get(TEAM_ID)).toEqual(good);
    expect(serverError).toMatchObject({
      version: 2,
      etag: '"v2"',
      lastModified,
      lastSuccessAt: second.lastSuccessAt,
    });
    expect(received[4]?.['if-none-match']).toBe('"v2"');

    serve((request, response) => {
      if (request.headers['if-none-match'] === '"v2"') response.writeHead(304).end();
      else json(teamIcp(2))(request, response);
    });
    const notModified = await sync('2026-11-23T13:00:00.000Z');
    expect(notModified).toMatchObject({ outcome: 'not_modified', version: 2, etag: '"v2"' });
    expect(notModified.lastSuccessAt).toBe('2026-11-23T13:00:00.000Z');
    expect((await getActiveIcp(db)).version).toBe(2);
    expect(await getTeamSyncStatus(db)).toEqual(notModified);
  });

  it('says unchanged when the same id and version are already active', async () => {
    serve(json(teamIcp(4), { ETag: '"a"' }), json(teamIcp(4), { ETag: '"b"' }));
    expect((await sync('2026-11-23T08:00:00.000Z')).outcome).toBe('updated');
    const again = await sync('2026-11-23T09:00:00.000Z');
    expect(again).toMatchObject({ outcome: 'unchanged', version: 4, etag: '"b"' });
    expect(again.message).toBe('version 4 of "Team ICP" is already the active ICP');
  });

  it('sends no validators to a different URL', async () => {
    serve(json(teamIcp(1), { ETag: '"v1"' }), json(teamIcp(1), { ETag: '"v1"' }));
    await sync('2026-11-23T08:00:00.000Z', '/one.json');
    await sync('2026-11-23T09:00:00.000Z', '/two.json');
    expect(received[1]?.['if-none-match']).toBeUndefined();
  });

  it('refuses a file over 2 MB and keeps the active ICP', async () => {
    serve(json(`"${'x'.repeat(2 * 1024 * 1024)}"`));
    const status = await sync('2026-11-23T08:00:00.000Z');
    expect(status).toMatchObject({ outcome: 'failed', message: 'the file is larger than 2 MB' });
    expect((await getActiveIcp(db)).id).toBe(SAMPLE_ICP.id);
  });

  it('stops reading a chunked body without a length once it passes 2 MB', async () => {
    serve((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      const chunk = 'x'.repeat(512 * 1024);
      for (let i = 0; i < 5; i += 1) response.write(chunk);
      response.end();
    });
    const status = await sync('2026-11-23T08:00:00.000Z');
    expect(status).toMatchObject({ outcome: 'failed', message: 'the file is larger than 2 MB' });
    expect(received).toHaveLength(1);
  });

  it('reports a server that cannot be reached', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const status = await syncTeamIcp(db, { url: `http://127.0.0.1:${port}/x.json`, fetch, now: new Date() });
    expect(status.outcome).toBe('failed');
    expect(status.message).toMatch(/^could not download the team ICP: /);
  });
});

describe('syncTeamIcp URL rules', () => {
  it.each([
    ['http://example.com/icp.json', 'the team ICP URL must start with https://'],
    ['ftp://example.com/icp.json', 'the team ICP URL must start with https://'],
    ['not a url', 'the team ICP URL is not a valid address; it must start with https://'],
  ])('refuses %s without fetching', async (url, message) => {
    const spy = vi.fn<typeof fetch>();
    const status = await syncTeamIcp(db, { url, fetch: spy, now: at('2026-11-23T08:00:00.000Z') });
    expect(status).toMatchObject({ outcome: 'failed', message, url });
    expect(spy).not.toHaveBeenCalled();
    expect(await getTeamSyncStatus(db)).toEqual(status);
  });

  it('never throws, even when fetch itself throws synchronously', async () => {
    const fetchThatThrows = (() => {
      throw new TypeError('boom');
    }) as unknown as typeof fetch;
    const status = await syncTeamIcp(db, {
      url: 'https://team.example/icp.json',
      fetch: fetchThatThrows,
      now: new Date(),
    });
    expect(status).toMatchObject({ outcome: 'failed', message: 'could not download the team ICP: boom' });
  });
});

const status = (overrides: Partial<TeamSyncStatus>): TeamSyncStatus => ({
  url: 'https://team.example/icp.json',
  lastAttemptAt: '2026-11-23T09:00:00.000Z',
  outcome: 'updated',
  message: '',
  ...overrides,
});
const NOW = at('2026-11-23T12:00:00.000Z');

describe('isSyncDue', () => {
  it.each<[string, TeamSyncStatus | undefined, boolean]>([
    ['never attempted', undefined, true],
    ['never succeeded', status({ outcome: 'failed' }), true],
    ['succeeded 3 hours ago', status({ lastSuccessAt: '2026-11-23T09:00:00.000Z' }), false],
    [
      'failed 3 hours ago after an earlier success',
      status({ outcome: 'failed', lastSuccessAt: '2026-11-20T09:00:00.000Z' }),
      false,
    ],
    [
      'last attempt exactly 24 hours ago',
      status({ lastAttemptAt: '2026-11-22T12:00:00.000Z', lastSuccessAt: '2026-11-22T12:00:00.000Z' }),
      true,
    ],
    ['unreadable attempt time', status({ lastAttemptAt: 'yesterday', lastSuccessAt: 'yesterday' }), true],
  ])('%s -> %s', (_label, value, due) => {
    expect(isSyncDue(value, NOW)).toBe(due);
  });
});

describe('describeSync', () => {
  it.each<[TeamSyncStatus | undefined, string]>([
    [undefined, 'Never synced'],
    [status({ lastSuccessAt: '2026-11-23T09:00:00.000Z', version: 4 }), 'Synced 3 hours ago, version 4'],
    [status({ lastSuccessAt: '2026-11-23T11:59:30.000Z', version: 1 }), 'Synced just now, version 1'],
    [status({ lastSuccessAt: '2026-11-23T11:59:00.000Z', version: 1 }), 'Synced 1 minute ago, version 1'],
    [status({ lastSuccessAt: '2026-11-21T12:00:00.000Z', version: 2 }), 'Synced 2 days ago, version 2'],
    [
      status({
        outcome: 'failed',
        lastAttemptAt: '2026-11-23T10:00:00.000Z',
        message: 'the server answered HTTP 500',
        version: 4,
      }),
      'Last sync failed 2 hours ago: the server answered HTTP 500; using the cached version 4',
    ],
    [
      status({ outcome: 'failed', lastAttemptAt: '2026-11-23T11:00:00.000Z', message: 'boom' }),
      'Last sync failed 1 hour ago: boom; no team ICP has been downloaded yet',
    ],
  ])('%j -> %s', (value, text) => {
    expect(describeSync(value, NOW)).toBe(text);
  });
});
