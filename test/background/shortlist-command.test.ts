import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/lib/background/handlers';
import { whenRescoreSettled } from '@/lib/background/rescore-job';
import { shortlistActiveTab } from '@/lib/background/shortlist-command';
import { FitcheckDb } from '@/lib/db';
import { observation, signal } from '../helpers/signals';

const NOW = new Date('2026-11-23T12:00:00Z');
const fromTab = (id: number) => ({
  id: 'ext',
  tab: { id } as never,
  url: 'https://www.linkedin.com/company/acme/',
});

let db: FitcheckDb;
beforeEach(() => {
  fakeBrowser.reset();
  db = new FitcheckDb(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await whenRescoreSettled();
  await db.delete();
});

function activeTabIs(id: number) {
  vi.spyOn(browser.tabs, 'query').mockImplementation((async () => [{ id }]) as never);
  return vi.spyOn(browser.action, 'setTitle').mockResolvedValue(undefined);
}

describe('the add-to-shortlist shortcut', () => {
  it('shortlists the company the active tab shows, as new, and says so in the toolbar title', async () => {
    const handlers = createHandlers(db, () => NOW);
    const acme = observation([
      signal('name', 'Acme'),
      signal('linkedinUrl', 'https://www.linkedin.com/company/acme/'),
    ]);
    await handlers.observe({ observation: acme }, fromTab(4));
    const setTitle = activeTabIs(4);
    expect(await shortlistActiveTab(db, NOW)).toBe(true);
    expect(await db.shortlist.get('linkedin:acme')).toMatchObject({ status: 'new', note: '' });
    expect(setTitle).toHaveBeenCalledWith({ tabId: 4, title: 'Fitcheck: Acme is on your shortlist' });
  });

  it('keeps the status and note of an account already on the shortlist', async () => {
    const handlers = createHandlers(db, () => NOW);
    const acme = observation([
      signal('name', 'Acme'),
      signal('linkedinUrl', 'https://www.linkedin.com/company/acme/'),
    ]);
    await handlers.observe({ observation: acme }, fromTab(4));
    await handlers.shortlist(
      { accountId: 'linkedin:acme', status: 'contacted', note: 'Met at SaaStr' },
      { id: 'ext', url: 'chrome-extension://ext/popup.html' },
    );
    activeTabIs(4);
    await shortlistActiveTab(db, NOW);
    expect(await db.shortlist.get('linkedin:acme')).toMatchObject({
      status: 'contacted',
      note: 'Met at SaaStr',
    });
  });

  it('shortlists nothing on a page without a company', async () => {
    const setTitle = activeTabIs(9);
    expect(await shortlistActiveTab(db, NOW)).toBe(false);
    expect(await db.shortlist.count()).toBe(0);
    expect(setTitle).toHaveBeenCalledWith({
      tabId: 9,
      title: 'Fitcheck: no company on this page to shortlist',
    });
  });
});
