import type { FitcheckDb } from '@/lib/db';
import { listSegments } from '@/lib/icp/icp-library';
import { getActiveIcp } from '@/lib/icp/icp-store';
import type { Icp } from '@/lib/icp/schema';
import { loadSuppressionIndex } from '@/lib/suppression/list-store';
import type { SuppressionIndex } from '@/lib/suppression/suppression-index';

/** Everything an account is scored with: the primary ICP, its segment variants and the suppression lists. */
export interface ScoringSetup {
  icp: Icp;
  segments: readonly Icp[];
  lists: SuppressionIndex;
  /** Changes whenever any of the above does: stored fits made under another stamp are stale. */
  stamp: string;
}

export async function loadScoringSetup(db: FitcheckDb): Promise<ScoringSetup> {
  const icp = await getActiveIcp(db);
  const segments = await listSegments(db, icp.id);
  const lists = await loadSuppressionIndex(db);
  const listStamps = await db.suppressionLists.toArray();
  const stamp = [
    `${icp.id}@${icp.version}`,
    ...segments.map((segment) => `${segment.id}@${segment.version}`),
    ...listStamps.map((list) => `${list.id}@${list.importedAt}`),
  ].join('|');
  return { icp, segments, lists, stamp };
}
