import type { FitcheckDb } from '@/lib/db';
import { listSegments } from '@/lib/icp/icp-library';
import { getActiveIcp } from '@/lib/icp/icp-store';
import type { Icp } from '@/lib/icp/schema';
import { type SuppressionIndex, toListLookup } from '@/lib/suppression/suppression-index';
import { changeToken } from '@/lib/table-changes';

/** Everything an account is scored with: the primary ICP, its segment variants and the suppression lists. */
export interface ScoringSetup {
  icp: Icp;
  segments: readonly Icp[];
  lists: SuppressionIndex;
  /** Changes whenever any of the above does: stored fits made under another stamp are stale. */
  stamp: string;
}

// The tables a setup is read from: a write to any of them means reading it again.
const SETUP_TABLES = ['icps', 'settings', 'suppressionLists'];

let cached: { token: string; setup: Promise<ScoringSetup> } | undefined;

/**
 * The scoring setup, read once and kept until an ICP, a setting or a list changes: every page
 * read is scored with it, and building the lists' lookup sets each time would cost the most
 * on the busiest path.
 */
export function loadScoringSetup(db: FitcheckDb): Promise<ScoringSetup> {
  const token = changeToken(db.name, SETUP_TABLES);
  if (cached?.token !== token) {
    const setup = readScoringSetup(db);
    cached = { token, setup };
    // A failed read is not kept: the next call tries again.
    setup.catch(() => {
      if (cached?.setup === setup) cached = undefined;
    });
  }
  return cached.setup;
}

async function readScoringSetup(db: FitcheckDb): Promise<ScoringSetup> {
  const icp = await getActiveIcp(db);
  const segments = await listSegments(db, icp.id);
  const stored = await db.suppressionLists.toArray();
  const lists = new Map(stored.map((list) => [list.id, toListLookup(list)]));
  const stamp = [
    `${icp.id}@${icp.version}`,
    ...segments.map((segment) => `${segment.id}@${segment.version}`),
    ...stored.map((list) => `${list.id}@${list.importedAt}`),
  ].join('|');
  return { icp, segments, lists, stamp };
}
