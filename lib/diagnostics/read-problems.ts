import type { FitcheckDb, ReadProblem } from '@/lib/db';
import type { ReadProblemReport } from '@/lib/signals/vocabulary';

/** Enough to see a pattern and report it; older entries are dropped. */
const KEEP = 100;

/** Remembers a page that could not be read fully, so the user can report it from the options page. */
export async function recordReadProblem(db: FitcheckDb, report: ReadProblemReport): Promise<void> {
  await db.transaction('rw', db.readProblems, async () => {
    await db.readProblems.add({ ...report });
    const excess = (await db.readProblems.count()) - KEEP;
    if (excess > 0) await db.readProblems.orderBy('seq').limit(excess).delete();
  });
}

export async function listReadProblems(db: FitcheckDb): Promise<ReadProblem[]> {
  return db.readProblems.orderBy('seq').reverse().toArray();
}

export async function clearReadProblems(db: FitcheckDb): Promise<void> {
  await db.readProblems.clear();
}
