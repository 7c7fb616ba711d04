import { type Browser, browser } from 'wxt/browser';
import { recordPerson } from '@/lib/accounts/people';
import { completeObservation } from '@/lib/accounts/complete-observation';
import { recordObservation } from '@/lib/accounts/repository';
import type { FitcheckDb } from '@/lib/db';
import { clearReadProblems, listReadProblems, recordReadProblem } from '@/lib/diagnostics/read-problems';
import { getActiveIcp, importIcpText } from '@/lib/icp/icp-store';
import { storeFit } from '@/lib/scoring/rescore';
import { loadScoringSetup, type ScoringSetup } from '@/lib/scoring/scoring-setup';
import { describeSync, getTeamSyncStatus } from '@/lib/icp/team-sync';
import type { Handlers, TeamIcpSyncView } from '@/lib/messaging';
import type { Observation } from '@/lib/signals/vocabulary';
import { globalCandidates, loadFingerprints } from '@/lib/technologies/built-in-fingerprints';
import {
  clearCustomFingerprints,
  getCustomFingerprints,
  importCustomFingerprints,
} from '@/lib/technologies/custom-fingerprints';
import { clearBadge, showFitBadge } from './badge';
import { createIcpEditorHandlers } from './icp-handlers';
import { startRescore } from './rescore-job';
import { createBackupHandlers } from './backup-handlers';
import { createShortlistHandlers } from './shortlist-handlers';
import { createSuppressionHandlers } from './suppression-handlers';
import { probeGlobals, readTabNow, syncWebsiteReading } from './website-reading';
import { tabFitFor } from './tab-fit';
import { getTeamIcpUrl, setTeamIcpUrl, syncTeamIcpIfDue } from './team-icp';
import { forgetTab, getTabState, listTabStates, repointTabs, setTabState, type TabState } from './tab-state';

const PROFILE_PAGE_KIND = 'linkedin-profile';

/** The background's answers to every message; `now` is injected so tests can fix the date. */
export function createHandlers(db: FitcheckDb, now: () => Date = () => new Date()): Handlers {
  const onScoringChanged = () => scoringChanged(db, now);
  return {
    ...createIcpEditorHandlers(db, now, onScoringChanged),
    ...createSuppressionHandlers(db, onScoringChanged),
    ...createShortlistHandlers(db, now),
    ...createBackupHandlers(db, now, onScoringChanged),
    async observe({ observation }, sender) {
      const tabId = tabOf(sender);
      const state = await storeObservation(db, observation);
      // The tab may have moved on while the read was stored: its new page will speak for itself.
      if (!(await tabStillShows(tabId, observation.url))) return { accepted: true };
      if (!state) {
        await forgetTab(tabId);
        await clearBadge(tabId);
        return { accepted: false };
      }
      await setTabState(tabId, state);
      const setup = await loadScoringSetup(db);
      await refreshBadge(db, tabId, state, setup, now());
      // Other tabs may show this company (its LinkedIn page, a profile of someone who works there):
      // what was just read can change their tier too.
      if (state.kind === 'company') await refreshAllBadges(db, setup, now());
      return { accepted: true };
    },
    async clearTab(_input, sender) {
      const tabId = tabOf(sender);
      await forgetTab(tabId);
      await clearBadge(tabId);
      return { cleared: true };
    },
    async unreadable({ report }, sender) {
      const tabId = tabOf(sender);
      await setTabState(tabId, { kind: 'unreadable', pageKind: report.pageKind, missing: report.missing });
      await clearBadge(tabId);
      return { recorded: true };
    },
    getFingerprints: () => allFingerprints(db),
    async probeGlobals(_input, sender) {
      const candidates = globalCandidates(await allFingerprints(db));
      return probeGlobals(tabOf(sender), sender.frameId ?? 0, candidates).catch(() => []);
    },
    async setTeamIcpUrl({ url }) {
      await setTeamIcpUrl(db, url);
      const { changed } = await syncTeamIcpIfDue(db, now(), true);
      if (changed) await onScoringChanged();
      return teamIcpSyncView(db, now());
    },
    getTeamIcpSync: () => teamIcpSyncView(db, now()),
    importFingerprints: ({ text }) => importCustomFingerprints(db, text),
    async clearFingerprints() {
      await clearCustomFingerprints(db);
      return { cleared: true };
    },
    async readTab({ tabId }) {
      return { started: await readTabNow(tabId).catch(() => false) };
    },
    async syncWebsiteReading() {
      return { automatic: await syncWebsiteReading() };
    },
    async readProblem({ report }) {
      await recordReadProblem(db, report);
      return { recorded: true };
    },
    async getTabFit({ tabId }) {
      return tabFitFor(db, await getTabState(tabId), await loadScoringSetup(db), now());
    },
    getActiveIcp: () => getActiveIcp(db),
    async importIcp({ text }) {
      const result = await importIcpText(db, text);
      if (result.ok) await onScoringChanged();
      return result;
    },
    listReadProblems: () => listReadProblems(db),
    async clearReadProblems() {
      await clearReadProblems(db);
      return { cleared: true };
    },
  };
}

async function allFingerprints(db: FitcheckDb) {
  return [...loadFingerprints(), ...(await getCustomFingerprints(db))];
}

async function teamIcpSyncView(db: FitcheckDb, now: Date): Promise<TeamIcpSyncView> {
  const url = await getTeamIcpUrl(db);
  const status = await getTeamSyncStatus(db);
  return { url, status, summary: url ? describeSync(status, now) : 'No team ICP URL set.' };
}

/** At start and hourly: a due sync of the team ICP, and re-scored accounts and tabs when it changed. */
export async function runTeamIcpSync(db: FitcheckDb, now: () => Date): Promise<void> {
  const { changed } = await syncTeamIcpIfDue(db, now());
  if (changed) await scoringChanged(db, now);
}

/**
 * An ICP, a segment or a list changed: every stored account is re-scored in the background
 * (progress on the options page) and every open tab's badge follows at once.
 */
async function scoringChanged(db: FitcheckDb, now: () => Date): Promise<void> {
  void startRescore(db, now);
  await refreshAllBadges(db, await loadScoringSetup(db), now());
}

async function storeObservation(db: FitcheckDb, read: Observation): Promise<TabState | undefined> {
  const observation = completeObservation(read);
  if (observation.signals.length === 0) return undefined;
  const missing = observation.missingKeyFields ?? [];
  if (observation.pageKind === PROFILE_PAGE_KIND) {
    const person = await recordPerson(db, observation);
    return person ? { kind: 'person', personId: person.id, missing } : undefined;
  }
  const account = await recordObservation(db, observation, { onAbsorbed: repointTabs });
  if (account) await storeFit(db, account, await loadScoringSetup(db), new Date(observation.seenAt));
  return account
    ? { kind: 'company', accountId: account.id, pageKind: observation.pageKind, missing }
    : undefined;
}

/** False only when the tab is known to show another page now; unknown (no access, gone) counts as true. */
async function tabStillShows(tabId: number, url: string): Promise<boolean> {
  try {
    const current = (await browser.tabs.get(tabId)).url;
    return !current || current === url;
  } catch {
    return true;
  }
}

function tabOf(sender: Browser.runtime.MessageSender): number {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('a content-script message without a tab');
  return tabId;
}

/** A company page shows its tier; a profile shows its company's tier once Fitcheck has seen it. */
async function refreshBadge(
  db: FitcheckDb,
  tabId: number,
  state: TabState,
  setup: ScoringSetup,
  now: Date,
): Promise<void> {
  const view = await tabFitFor(db, state, setup, now);
  const company = view.state === 'company' ? view : view.state === 'person' ? view.company : undefined;
  if (company && 'fit' in company) await showFitBadge(tabId, company.account.name, company.fit);
  else await clearBadge(tabId);
}

/** A new ICP, or a newly read company, can change the tier of every open tab. */
async function refreshAllBadges(db: FitcheckDb, setup: ScoringSetup, now: Date): Promise<void> {
  for (const [tabId, state] of await listTabStates()) {
    await refreshBadge(db, tabId, state, setup, now).catch(() => forgetTab(tabId));
  }
}
