import type { FitcheckDb } from '@/lib/db';
import { rescoreAllAccounts } from '@/lib/scoring/rescore';
import { loadScoringSetup } from '@/lib/scoring/scoring-setup';

/** How far the re-scoring after an ICP or list change has come; the options page polls it. */
export interface RescoreProgress {
  running: boolean;
  done: number;
  total: number;
  icpName?: string;
  icpVersion?: number;
  finishedAt?: string;
}

// The stamp (scoring-setup.ts) the stored fits were last made with, to resume after a restart.
const SCORED_WITH_KEY = 'fitsScoredWith';

let progress: RescoreProgress = { running: false, done: 0, total: 0 };
let generation = 0;
let current: Promise<void> = Promise.resolve();

export function getRescoreProgress(): RescoreProgress {
  return progress;
}

/**
 * Starts re-scoring every stored account with the scoring setup as it is now. A run already
 * going stops at its next batch: only the newest change's fits are worth finishing.
 */
export function startRescore(db: FitcheckDb, now: () => Date): Promise<void> {
  const mine = ++generation;
  // Running from the moment it is asked for, so a page polling right after a save never reads
  // the previous run's "done".
  progress = { running: true, done: 0, total: progress.total };
  const previous = current;
  current = previous.then(() => runRescore(db, now, mine));
  return current;
}

/** Resolves once no re-scoring is running or queued (tests wait for it before closing the database). */
export function whenRescoreSettled(): Promise<void> {
  return current;
}

/** At start: the worker may have stopped mid-run, or never scored with the current setup. */
export async function rescoreIfStale(db: FitcheckDb, now: () => Date): Promise<void> {
  const setup = await loadScoringSetup(db);
  const scoredWith = await db.settings.get(SCORED_WITH_KEY);
  if (scoredWith?.value !== setup.stamp) await startRescore(db, now);
}

async function runRescore(db: FitcheckDb, now: () => Date, mine: number): Promise<void> {
  if (mine !== generation) return;
  try {
    const setup = await loadScoringSetup(db);
    const { name: icpName, version: icpVersion } = setup.icp;
    const report = (done: number, total: number) => {
      progress = { running: true, done, total, icpName, icpVersion };
    };
    const outcome = await rescoreAllAccounts(db, setup, now(), report, () => mine !== generation);
    if (outcome === 'stopped') return;
    await db.settings.put({ key: SCORED_WITH_KEY, value: setup.stamp });
    progress = { ...progress, running: false, finishedAt: now().toISOString() };
  } catch (error) {
    progress = { ...progress, running: false };
    console.error('Fitcheck: re-scoring the stored accounts failed', error);
  }
}
