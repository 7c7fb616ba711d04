import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/lib/background/handlers';
import { whenRescoreSettled } from '@/lib/background/rescore-job';
import { FitcheckDb } from '@/lib/db';
import { SAMPLE_ICP } from '@/lib/icp/sample-icp';
import { loadFingerprints } from '@/lib/technologies/built-in-fingerprints';
import { observation, signal } from '../helpers/signals';

const NOW = new Date('2026-11-23T12:00:00Z');
const TAB = { id: 5 } as never;
const fromTab = { id: 'ext', tab: TAB, url: 'https://www.linkedin.com/company/acme/' };
const fromPopup = { id: 'ext', url: 'chrome-extension://ext/popup.html' };

const acme = observation([
  signal('name', 'Acme'),
  signal('linkedinUrl', 'https://www.linkedin.com/company/acme/'),
  signal('industry', 'Software Development'),
  signal('employeeRange', '1001-5000'),
  signal('hqCountry', 'US'),
  signal('fundingStage', 'series_c'),
  signal('lastFundingDate', '2026-06-12'),
]);

let db: FitcheckDb;
beforeEach(() => {
  fakeBrowser.reset();
  db = new FitcheckDb(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  // A save or a list import starts a re-scoring in the background: let it finish first.
  await whenRescoreSettled();
  await db.delete();
});

describe('background handlers', () => {
  it('stores an observation, remembers the tab and sets the badge to the tier', async () => {
    const handlers = createHandlers(db, () => NOW);
    expect(await handlers.observe({ observation: acme }, fromTab)).toEqual({ accepted: true });
    expect(await browser.action.getBadgeText({ tabId: 5 })).toBe('A');
    const tabFit = await handlers.getTabFit({ tabId: 5 }, fromPopup);
    expect(tabFit.state).toBe('company');
    if (tabFit.state !== 'company') return;
    expect(tabFit.account.name).toBe('Acme');
    expect(tabFit.fit).toMatchObject({ score: 80, tier: { id: 'green' }, icpId: SAMPLE_ICP.id });
  });

  it('shows DQ when a disqualifier hits', async () => {
    const handlers = createHandlers(db, () => NOW);
    const competitor = observation([...acme.signals, signal('domain', 'quotaly.io')]);
    await handlers.observe({ observation: competitor }, fromTab);
    expect(await browser.action.getBadgeText({ tabId: 5 })).toBe('DQ');
  });

  it('keys a website read by its registrable domain, whatever host the page was on', async () => {
    const handlers = createHandlers(db, () => NOW);
    const careersPage = observation([signal('name', 'Acme'), signal('domain', 'careers.acme.co.uk')]);
    await handlers.observe({ observation: careersPage }, fromTab);
    const tabFit = await handlers.getTabFit({ tabId: 5 }, fromPopup);
    expect(tabFit.state === 'company' && tabFit.account.id).toBe('domain:acme.co.uk');
    expect(await db.accounts.get('domain:careers.acme.co.uk')).toBeUndefined();
  });

  it("gives a website content script every fingerprint, built-in and the team's", async () => {
    const handlers = createHandlers(db, () => NOW);
    const teamFile = JSON.stringify({ 'Acme Chat': { cats: [52], scriptSrc: ['widget\\.acmechat\\.io/'] } });
    await handlers.importFingerprints({ text: teamFile }, fromPopup);
    const fingerprints = await handlers.getFingerprints({}, fromTab);
    expect(fingerprints.map((tool) => tool.name)).toEqual([
      ...loadFingerprints().map((tool) => tool.name),
      'Acme Chat',
    ]);
    // The fake browser cannot run a script in the page: no global is known, and nothing throws.
    expect(await handlers.probeGlobals({}, fromTab)).toEqual([]);
  });

  it('clears the badge and forgets the tab when it leaves the company', async () => {
    const handlers = createHandlers(db, () => NOW);
    await handlers.observe({ observation: acme }, fromTab);
    await handlers.clearTab({}, fromTab);
    expect(await browser.action.getBadgeText({ tabId: 5 })).toBe('');
    expect(await handlers.getTabFit({ tabId: 5 }, fromPopup)).toEqual({ state: 'none' });
  });

  it('answers none for a tab it never read', async () => {
    expect(await createHandlers(db, () => NOW).getTabFit({ tabId: 99 }, fromPopup)).toEqual({
      state: 'none',
    });
  });

  it('activates the sample ICP on first use', async () => {
    expect((await createHandlers(db, () => NOW).getActiveIcp({}, fromPopup)).id).toBe(SAMPLE_ICP.id);
  });

  it('imports a valid ICP and re-badges open company tabs with it', async () => {
    const handlers = createHandlers(db, () => NOW);
    await handlers.observe({ observation: acme }, fromTab);
    const strict = {
      ...SAMPLE_ICP,
      id: 'strict',
      name: 'Strict',
      tiers: SAMPLE_ICP.tiers.map((t) => ({ ...t })),
    };
    for (const tier of strict.tiers) if (tier.id === 'green') tier.minScore = 95;
    const result = await handlers.importIcp({ text: JSON.stringify(strict) }, fromPopup);
    expect(result.ok).toBe(true);
    expect((await handlers.getActiveIcp({}, fromPopup)).id).toBe('strict');
    expect(await browser.action.getBadgeText({ tabId: 5 })).toBe('B');
  });

  it('refuses an invalid ICP and keeps the active one and every stored ICP', async () => {
    const handlers = createHandlers(db, () => NOW);
    await handlers.getActiveIcp({}, fromPopup);
    const storedBefore = await db.icps.toArray();
    const result = await handlers.importIcp(
      { text: '{"format": "fitcheck-icp", "formatVersion": 1' },
      fromPopup,
    );
    expect(result.ok).toBe(false);
    expect((await handlers.getActiveIcp({}, fromPopup)).id).toBe(SAMPLE_ICP.id);
    expect(await db.icps.toArray()).toEqual(storedBefore);
  });
});

describe('merged accounts', () => {
  it('keeps a tab showing an account that was merged into another on the merged account', async () => {
    const handlers = createHandlers(db, () => NOW);
    const linkedinTab = { ...fromTab, tab: { id: 11 } as never };
    const websiteTab = { ...fromTab, tab: { id: 12 } as never, url: 'https://acme.com/' };
    const bothTab = { ...fromTab, tab: { id: 13 } as never };
    await handlers.observe(
      {
        observation: observation([
          signal('name', 'Acme'),
          signal('linkedinUrl', 'https://www.linkedin.com/company/acme/'),
        ]),
      },
      linkedinTab,
    );
    await handlers.observe(
      {
        observation: observation(
          [
            signal('name', 'Acme Inc', { url: 'https://acme.com/' }),
            signal('domain', 'acme.com', { url: 'https://acme.com/' }),
          ],
          { url: 'https://acme.com/' },
        ),
      },
      websiteTab,
    );
    expect(await db.accounts.count()).toBe(2);
    // The About tab links the two: the domain account absorbs the LinkedIn one.
    const about = observation([...acme.signals, signal('domain', 'acme.com')]);
    await handlers.observe({ observation: about }, bothTab);
    expect(await db.accounts.count()).toBe(1);
    const view = await handlers.getTabFit({ tabId: 11 }, fromPopup);
    expect(view.state === 'company' && view.account.id).toBe('domain:acme.com');
  });
});
