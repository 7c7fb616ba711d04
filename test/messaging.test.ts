import { describe, expect, it, vi } from 'vitest';
import type { Handlers } from '@/lib/messaging';
import { PROTOCOL, routeMessage } from '@/lib/message-protocol';
import { observation, signal } from './helpers/signals';

const EXTENSION_ID = 'fitcheck-id';
const ORIGIN = 'chrome-extension://fitcheck-id/';
const contentScript = {
  id: EXTENSION_ID,
  tab: { id: 7 } as never,
  url: 'https://www.linkedin.com/company/acme/',
};
const extensionPage = { id: EXTENSION_ID, url: `${ORIGIN}popup.html?tabId=7` };

/** Every handler a mock that answers with its own name, so a test sees which one ran. */
function handlers(): Handlers {
  const mocks = Object.keys(PROTOCOL).map((name) => [name, vi.fn(async () => ({ answeredBy: name }))]);
  return Object.fromEntries(mocks) as unknown as Handlers;
}

const envelope = (name: string, payload: unknown) => ({ channel: 'fitcheck/v1', name, payload });
const validObserve = envelope('observe', { observation: observation([signal('name', 'Acme')]) });

describe('routeMessage', () => {
  it('runs the handler for a valid message from the right kind of sender', async () => {
    const h = handlers();
    const routed = routeMessage(h, validObserve, contentScript, ORIGIN, EXTENSION_ID);
    expect('run' in routed && (await routed.run())).toEqual({ answeredBy: 'observe' });
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
