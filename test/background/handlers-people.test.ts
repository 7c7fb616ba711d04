import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/lib/background/handlers';
import { whenRescoreSettled } from '@/lib/background/rescore-job';
import { FitcheckDb } from '@/lib/db';
import { observation, signal } from '../helpers/signals';

const NOW = new Date('2026-11-23T12:00:00Z');
const fromTab = (id: number) => ({ id: 'ext', tab: { id } as never, url: 'https://www.linkedin.com/in/x/' });
const fromPage = { id: 'ext', url: 'chrome-extension://ext/popup.html' };

const northwind = observation([
  signal('name', 'Northwind Ledger'),
  signal('linkedinUrl', 'https://www.linkedin.com/company/northwind-ledger/'),
  signal('linkedinOrgId', '7351962'),
  signal('industry', 'Software Development'),
  signal('employeeRange', '1001-5000'),
  signal('hqCountry', 'US'),
  signal('fundingStage', 'series_c'),
  signal('lastFundingDate', '2026-06-12'),
]);

const omar = observation(
  [
    signal('personName', 'Omar Haddad', { extractorId: 'linkedin-profile' }),
    signal('personTitle', 'Director of Sales Development', { extractorId: 'linkedin-profile' }),
    signal('seniority', 'director', { extractorId: 'linkedin-profile' }),
    signal('personLinkedinUrl', 'https://www.linkedin.com/in/omar-haddad/', {
      extractorId: 'linkedin-profile',
    }),
    signal('personCompany', 'Northwind Ledger', { extractorId: 'linkedin-profile' }),
    signal('personCompanyLinkedinUrl', 'https://www.linkedin.com/company/7351962/', {
      extractorId: 'linkedin-profile',
    }),
  ],
  { pageKind: 'linkedin-profile', url: 'https://www.linkedin.com/in/omar-haddad/' },
);

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

describe('background handlers on profiles', () => {
  it('links to the company page while Fitcheck has not seen the company, badge empty', async () => {
    const handlers = createHandlers(db, () => NOW);
    await handlers.observe({ observation: omar }, fromTab(3));
    expect(await browser.action.getBadgeText({ tabId: 3 })).toBe('');
    const view = await handlers.getTabFit({ tabId: 3 }, fromPage);
    expect(view).toMatchObject({
      state: 'person',
      personaFit: { status: 'match' },
      company: { linkedinUrl: 'https://www.linkedin.com/company/7351962/' },
    });
  });

  it('re-badges a profile tab when its company is read in another tab', async () => {
    const handlers = createHandlers(db, () => NOW);
    await handlers.observe({ observation: omar }, fromTab(3));
    expect(await browser.action.getBadgeText({ tabId: 3 })).toBe('');
    await handlers.observe({ observation: northwind }, fromTab(2));
    expect(await browser.action.getBadgeText({ tabId: 3 })).toBe('A');
  });

  it('re-badges the company’s other tabs when a new read changes its tier', async () => {
    const handlers = createHandlers(db, () => NOW);
    const sparse = observation(
      northwind.signals.filter((s) => s.field !== 'industry' && s.field !== 'hqCountry'),
    );
    await handlers.observe({ observation: sparse }, fromTab(2));
    expect(await browser.action.getBadgeText({ tabId: 2 })).toBe('C');
    await handlers.observe({ observation: northwind }, fromTab(7));
    expect(await browser.action.getBadgeText({ tabId: 2 })).toBe('A');
  });

  it('shows the company tier on the profile once the company is known, by its numeric id', async () => {
    const handlers = createHandlers(db, () => NOW);
    await handlers.observe({ observation: northwind }, fromTab(2));
    await handlers.observe({ observation: omar }, fromTab(3));
    expect(await browser.action.getBadgeText({ tabId: 3 })).toBe('A');
    const view = await handlers.getTabFit({ tabId: 3 }, fromPage);
    if (view.state !== 'person' || !view.company || !('fit' in view.company))
      throw new Error('no company fit');
    expect(view.company.account.name).toBe('Northwind Ledger');
    expect(view.company.fit.tier.id).toBe('green');
    expect(await db.people.count()).toBe(1);
  });
});

describe('background handlers on pages that cannot be read', () => {
  const report = {
    url: 'https://www.linkedin.com/company/acme/',
    pageKind: 'linkedin-company',
    missing: ['name', 'industry', 'employeeRange'] as const,
    seenAt: '2026-11-23T11:00:00.000Z',
  };

  it('says the page could not be read, and clears the badge', async () => {
    const handlers = createHandlers(db, () => NOW);
    await handlers.observe({ observation: northwind }, fromTab(4));
    await handlers.unreadable({ report: { ...report, missing: [...report.missing] } }, fromTab(4));
    expect(await browser.action.getBadgeText({ tabId: 4 })).toBe('');
    expect(await handlers.getTabFit({ tabId: 4 }, fromPage)).toEqual({
      state: 'unreadable',
      pageKind: 'linkedin-company',
      missing: ['name', 'industry', 'employeeRange'],
    });
  });

  it('keeps the missing key fields of a partial read with its fit', async () => {
    const handlers = createHandlers(db, () => NOW);
    await handlers.observe(
      { observation: { ...northwind, missingKeyFields: ['employeeRange'] } },
      fromTab(5),
    );
    expect(await handlers.getTabFit({ tabId: 5 }, fromPage)).toMatchObject({
      state: 'company',
      missing: ['employeeRange'],
    });
  });

  it('lists read problems newest first, keeps the last 100, and clears them', async () => {
    const handlers = createHandlers(db, () => NOW);
    for (let i = 0; i < 105; i++) {
      await handlers.readProblem(
        { report: { ...report, missing: ['industry'], url: `${report.url}?n=${i}` } },
        fromTab(1),
      );
    }
    const problems = await handlers.listReadProblems({}, fromPage);
    expect(problems).toHaveLength(100);
    expect(problems[0]?.url).toBe(`${report.url}?n=104`);
    await handlers.clearReadProblems({}, fromPage);
    expect(await handlers.listReadProblems({}, fromPage)).toEqual([]);
  });
});
