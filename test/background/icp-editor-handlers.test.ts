import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/lib/background/handlers';
import { startRescore, whenRescoreSettled } from '@/lib/background/rescore-job';
import { FitcheckDb } from '@/lib/db';
import type { Icp } from '@/lib/icp/schema';
import { SAMPLE_ICP } from '@/lib/icp/sample-icp';
import { observation, signal } from '../helpers/signals';

const NOW = new Date('2026-11-23T12:00:00Z');
const fromPage = { id: 'ext', url: 'chrome-extension://ext/options.html' };
const fromTab = (id: number) => ({
  id: 'ext',
  tab: { id } as never,
  url: `https://www.linkedin.com/company/c${id}/`,
});

/** A mid-market software company the sample ICP puts in Green (80). */
const acme = observation([
  signal('name', 'Acme'),
  signal('linkedinUrl', 'https://www.linkedin.com/company/acme/'),
  signal('domain', 'acme.com'),
  signal('industry', 'Software Development'),
  signal('employeeRange', '1001-5000'),
  signal('hqCountry', 'US'),
  signal('fundingStage', 'series_c'),
  signal('lastFundingDate', '2026-06-12'),
]);
const globex = observation(
  [
    signal('name', 'Globex', { url: 'https://www.linkedin.com/company/globex/' }),
    signal('linkedinUrl', 'https://www.linkedin.com/company/globex/', {
      url: 'https://www.linkedin.com/company/globex/',
    }),
    signal('industry', 'Hospitals and Health Care', { url: 'https://www.linkedin.com/company/globex/' }),
  ],
  { url: 'https://www.linkedin.com/company/globex/' },
);

function withWeight(icp: Icp, criterionId: string, weight: number): Icp {
  return { ...icp, criteria: icp.criteria.map((c) => (c.id === criterionId ? { ...c, weight } : c)) };
}

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

describe('ICP editor handlers', () => {
  it('saves an edit as a new version reviewed today and keeps the old one in the history', async () => {
    const handlers = createHandlers(db, () => NOW);
    await handlers.listIcps({}, fromPage);
    const result = await handlers.saveIcp({ icp: withWeight(SAMPLE_ICP, 'industry', 35) }, fromPage);
    expect(result.ok && { version: result.icp.version, reviewedAt: result.icp.reviewedAt }).toEqual({
      version: SAMPLE_ICP.version + 1,
      reviewedAt: '2026-11-23',
    });
    expect(await db.icpHistory.where('icpId').equals(SAMPLE_ICP.id).count()).toBe(1);
    const library = await handlers.listIcps({}, fromPage);
    expect(library.entries[0]).toMatchObject({ ok: true, icp: { version: 2 } });
  });

  it('refuses an invalid draft with the place of each problem and stores nothing', async () => {
    const handlers = createHandlers(db, () => NOW);
    await handlers.listIcps({}, fromPage);
    const result = await handlers.saveIcp({ icp: withWeight(SAMPLE_ICP, 'industry', -5) }, fromPage);
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual(['criteria[0].weight']);
    expect(await db.icpHistory.count()).toBe(0);
    expect((await handlers.getActiveIcp({}, fromPage)).version).toBe(SAMPLE_ICP.version);
  });

  it('previews how the accounts seen would move under a draft, against the saved ICP', async () => {
    const handlers = createHandlers(db, () => NOW);
    await handlers.observe({ observation: acme }, fromTab(1));
    await handlers.observe({ observation: globex }, fromTab(2));
    // Industry counts for little in the draft, so a company matching everything else climbs.
    const draft = {
      ...SAMPLE_ICP,
      tiers: SAMPLE_ICP.tiers.map((t) => (t.id === 'green' ? { ...t, minScore: 81 } : t)),
    };
    const answer = await handlers.previewIcp({ draft }, fromPage);
    if (!answer.ok) throw new Error(JSON.stringify(answer.errors));
    const { preview } = answer;
    expect(preview.total).toBe(2);
    expect(preview.saved?.find((t) => t.id === 'green')?.count).toBe(1);
    expect(preview.draft.find((t) => t.id === 'green')?.count).toBe(0);
    expect(preview.changes).toEqual([
      expect.objectContaining({
        name: 'Acme',
        from: expect.objectContaining({ tier: expect.objectContaining({ id: 'green' }) }),
      }),
    ]);
    expect(preview.changedCount).toBe(1);
  });

  it('says what is wrong with a draft it cannot preview', async () => {
    const answer = await createHandlers(db, () => NOW).previewIcp(
      { draft: { ...SAMPLE_ICP, tiers: [] } },
      fromPage,
    );
    expect(answer.ok ? [] : answer.errors.map((e) => e.path)).toEqual(['tiers']);
  });

  it('re-scores every stored account after a save, and re-badges open tabs', async () => {
    const handlers = createHandlers(db, () => NOW);
    await handlers.observe({ observation: acme }, fromTab(1));
    expect(await browser.action.getBadgeText({ tabId: 1 })).toBe('A');
    expect((await db.fits.toArray()).map((f) => f.tierId)).toEqual(['green']);
    const stricter = {
      ...SAMPLE_ICP,
      tiers: SAMPLE_ICP.tiers.map((t) => (t.id === 'green' ? { ...t, minScore: 90 } : t)),
    };
    await handlers.saveIcp({ icp: stricter }, fromPage);
    await startRescore(db, () => NOW);
    expect((await db.fits.toArray()).map((f) => [f.tierId, f.icpVersion])).toEqual([['yellow', 2]]);
    expect(await handlers.getRescoreProgress({}, fromPage)).toMatchObject({
      running: false,
      done: 1,
      total: 1,
    });
    expect(await browser.action.getBadgeText({ tabId: 1 })).not.toBe('A');
  });

  it('makes another ICP primary, refuses to delete the primary, and deletes a segment', async () => {
    const handlers = createHandlers(db, () => NOW);
    await handlers.listIcps({}, fromPage);
    const segment = { ...SAMPLE_ICP, id: 'enterprise', name: 'Enterprise', segmentOf: SAMPLE_ICP.id };
    expect((await handlers.saveIcp({ icp: segment }, fromPage)).ok).toBe(true);
    expect(await handlers.deleteIcp({ id: SAMPLE_ICP.id }, fromPage)).toMatchObject({ ok: false });
    expect(await handlers.setPrimaryIcp({ id: 'nope' }, fromPage)).toMatchObject({ ok: false });
    expect(await handlers.setPrimaryIcp({ id: 'enterprise' }, fromPage)).toEqual({ ok: true });
    expect((await handlers.listIcps({}, fromPage)).primaryId).toBe('enterprise');
    await handlers.setPrimaryIcp({ id: SAMPLE_ICP.id }, fromPage);
    expect(await handlers.deleteIcp({ id: 'enterprise' }, fromPage)).toEqual({ ok: true });
    expect((await handlers.listIcps({}, fromPage)).entries.map((e) => e.id)).toEqual([SAMPLE_ICP.id]);
  });

  it("scores a company against the primary's segment variants too", async () => {
    const handlers = createHandlers(db, () => NOW);
    await handlers.listIcps({}, fromPage);
    const enterprise = {
      ...SAMPLE_ICP,
      id: 'enterprise',
      name: 'Enterprise',
      segmentOf: SAMPLE_ICP.id,
      criteria: SAMPLE_ICP.criteria.map((c) =>
        c.id === 'company-size' ? { ...c, value: { min: 5001 } } : c,
      ),
    } as Icp;
    await handlers.saveIcp({ icp: enterprise }, fromPage);
    await handlers.observe({ observation: acme }, fromTab(1));
    const view = await handlers.getTabFit({ tabId: 1 }, fromPage);
    if (view.state !== 'company') throw new Error(view.state);
    expect(view.segments).toEqual([
      expect.objectContaining({ icpId: 'enterprise', name: 'Enterprise', disqualified: false }),
    ]);
    expect(view.segments[0]?.score).toBeLessThan(view.fit.score);
  });

  it('disqualifies a company on an imported customer list, and only once the list is there', async () => {
    const handlers = createHandlers(db, () => NOW);
    await handlers.listIcps({}, fromPage);
    const icp: Icp = {
      ...SAMPLE_ICP,
      disqualifiers: [
        ...SAMPLE_ICP.disqualifiers,
        {
          id: 'customer',
          label: 'Existing customer',
          field: 'domain',
          operator: 'on_list',
          value: 'customers',
          reason: 'Already a customer: talk to their CSM.',
        },
      ],
    };
    await handlers.saveIcp({ icp }, fromPage);
    await handlers.observe({ observation: acme }, fromTab(1));
    const before = await handlers.getTabFit({ tabId: 1 }, fromPage);
    expect(
      before.state === 'company' && before.fit.disqualifiers.find((d) => d.id === 'customer')?.status,
    ).toBe('unknown');
    const list = {
      id: 'customers',
      label: 'Customers',
      domains: ['acme.com'],
      linkedinSlugs: [],
      fileName: 'c.csv',
      importedAt: NOW.toISOString(),
      rows: 1,
      skipped: 0,
    };
    await handlers.importSuppressionList({ list }, fromPage);
    expect(await browser.action.getBadgeText({ tabId: 1 })).toBe('DQ');
    expect(await handlers.listSuppressionLists({}, fromPage)).toEqual([
      expect.objectContaining({ id: 'customers', domainCount: 1, linkedinCount: 0 }),
    ]);
    await handlers.deleteSuppressionList({ id: 'customers' }, fromPage);
    expect(await browser.action.getBadgeText({ tabId: 1 })).toBe('A');
  });
});

describe('saving over a version stored meanwhile', () => {
  it('refuses a draft started from an older version, and a new ICP whose id is taken', async () => {
    const handlers = createHandlers(db, () => NOW);
    await handlers.listIcps({}, fromPage);
    // The team file brought version 5 while RevOps was editing version 1.
    await handlers.importIcp({ text: JSON.stringify({ ...SAMPLE_ICP, version: 5 }) }, fromPage);
    const stale = await handlers.saveIcp(
      { icp: withWeight(SAMPLE_ICP, 'industry', 30), baseVersion: 1 },
      fromPage,
    );
    expect(stale.ok ? [] : stale.errors).toEqual([
      {
        path: 'version',
        message:
          'version 5 was stored while you edited (an import or the team ICP file); export your draft, then reload the page to edit version 5',
      },
    ]);
    expect((await handlers.getActiveIcp({}, fromPage)).version).toBe(5);
    const duplicate = await handlers.saveIcp({ icp: SAMPLE_ICP, baseVersion: 0 }, fromPage);
    expect(duplicate.ok).toBe(false);
    const current = await handlers.saveIcp(
      { icp: withWeight(SAMPLE_ICP, 'industry', 30), baseVersion: 5 },
      fromPage,
    );
    expect(current.ok && current.icp.version).toBe(6);
  });
});

describe('a primary ICP that can no longer be read', () => {
  it('is listed as unreadable, with why, while the sample scores', async () => {
    const handlers = createHandlers(db, () => NOW);
    await handlers.listIcps({}, fromPage);
    const broken = { ...SAMPLE_ICP, id: 'broken', tiers: [] };
    await db.icps.put({ id: 'broken', icp: broken as unknown as Icp, importedAt: NOW.toISOString() });
    await db.settings.put({ key: 'activeIcpId', value: 'broken' });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const library = await handlers.listIcps({}, fromPage);
    expect(library.primaryId).toBe(SAMPLE_ICP.id);
    expect(library.unreadablePrimary).toEqual({ id: 'broken', problem: expect.stringContaining('tiers') });
  });
});
