import { describe, expect, it, vi } from 'vitest';
import { type Handlers, routeMessage } from '@/lib/messaging';
import { observation, signal } from './helpers/signals';

const EXTENSION_ID = 'fitcheck-id';
const ORIGIN = 'chrome-extension://fitcheck-id/';
const contentScript = {
  id: EXTENSION_ID,
  tab: { id: 7 } as never,
  url: 'https://www.linkedin.com/company/acme/',
};
const extensionPage = { id: EXTENSION_ID, url: `${ORIGIN}popup.html?tabId=7` };

function handlers(): Handlers {
  return {
    observe: vi.fn(async () => ({ accepted: true })),
    clearTab: vi.fn(async () => ({ cleared: true as const })),
    getTabFit: vi.fn(async () => ({ state: 'none' as const })),
    getActiveIcp: vi.fn(async () => {
      throw new Error('not used');
    }),
    importIcp: vi.fn(async () => ({ ok: false as const, errors: [] })),
    unreadable: vi.fn(async () => ({ recorded: true as const })),
    readProblem: vi.fn(async () => ({ recorded: true as const })),
    listReadProblems: vi.fn(async () => []),
    clearReadProblems: vi.fn(async () => ({ cleared: true as const })),
    probeGlobals: vi.fn(async () => []),
    getCustomFingerprints: vi.fn(async () => []),
    setTeamIcpUrl: vi.fn(async () => ({ summary: '' })),
    getTeamIcpSync: vi.fn(async () => ({ summary: '' })),
    importFingerprints: vi.fn(async () => ({ ok: false as const, errors: [] })),
    clearFingerprints: vi.fn(async () => ({ cleared: true as const })),
    readTab: vi.fn(async () => ({ started: false })),
    syncWebsiteReading: vi.fn(async () => ({ automatic: false })),
  };
}

const envelope = (name: string, payload: unknown) => ({ channel: 'fitcheck/v1', name, payload });
const validObserve = envelope('observe', { observation: observation([signal('name', 'Acme')]) });

describe('routeMessage', () => {
  it('runs the handler for a valid message from the right kind of sender', async () => {
    const h = handlers();
    const routed = routeMessage(h, validObserve, contentScript, ORIGIN, EXTENSION_ID);
    expect('run' in routed && (await routed.run())).toEqual({ accepted: true });
    expect(h.observe).toHaveBeenCalledOnce();
  });

  it.each([
    ['not an envelope', 'hello', contentScript, 'not a Fitcheck message'],
    ['unknown message name', envelope('deleteEverything', {}), extensionPage, 'not a Fitcheck message'],
    ['another extension', validObserve, { ...contentScript, id: 'other' }, 'sent by another extension'],
    [
      'a page asking for data',
      envelope('getTabFit', { tabId: 3 }),
      contentScript,
      'not accepted from a content-script',
    ],
    ['an extension page posing as a page', validObserve, extensionPage, 'not accepted from a extension-page'],
    [
      'a malformed observation',
      envelope('observe', { observation: { url: 'x' } }),
      contentScript,
      'malformed',
    ],
    [
      'a signal whose value breaks its field',
      envelope('observe', { observation: observation([signal('employeeRange', '1,001-5,000')]) }),
      contentScript,
      'malformed',
    ],
    ['a negative tab id', envelope('getTabFit', { tabId: -1 }), extensionPage, 'malformed'],
    [
      'a page reading the diagnostics',
      envelope('listReadProblems', {}),
      contentScript,
      'not accepted from a content-script',
    ],
    [
      'a read problem naming no missing field',
      envelope('readProblem', {
        report: {
          url: 'https://www.linkedin.com/company/a/',
          pageKind: 'x',
          missing: [],
          seenAt: '2026-11-23T12:00:00.000Z',
        },
      }),
      contentScript,
      'malformed',
    ],
  ])('rejects %s with a reason and never calls a handler', (_case, raw, sender, reason) => {
    const h = handlers();
    const routed = routeMessage(h, raw, sender, ORIGIN, EXTENSION_ID);
    expect('reason' in routed && routed.reason).toContain(reason);
    for (const handler of Object.values(h)) expect(handler).not.toHaveBeenCalled();
  });
});
