import type { FitcheckDb } from '@/lib/db';
import { deleteIcp, listIcpLibrary, saveIcpVersion, setPrimaryIcp } from '@/lib/icp/icp-library';
import { parseIcpValue } from '@/lib/icp/parse-icp-file';
import type { Handlers } from '@/lib/messaging';
import { previewIcp } from '@/lib/scoring/preview';
import { loadScoringSetup } from '@/lib/scoring/scoring-setup';
import { getRescoreProgress } from './rescore-job';

type IcpEditorHandlers = Pick<
  Handlers,
  'listIcps' | 'saveIcp' | 'setPrimaryIcp' | 'deleteIcp' | 'previewIcp' | 'getRescoreProgress'
>;

/** The options page's ICP editor. Every change that can move a tier calls onScoringChanged. */
export function createIcpEditorHandlers(
  db: FitcheckDb,
  now: () => Date,
  onScoringChanged: () => Promise<void>,
): IcpEditorHandlers {
  return {
    listIcps: () => listIcpLibrary(db),
    async saveIcp({ icp, baseVersion }) {
      const result = await saveIcpVersion(db, icp, now(), baseVersion);
      if (result.ok) await onScoringChanged();
      return result;
    },
    async setPrimaryIcp({ id }) {
      const result = await setPrimaryIcp(db, id);
      if (result.ok) await onScoringChanged();
      return result;
    },
    async deleteIcp({ id }) {
      const result = await deleteIcp(db, id);
      if (result.ok) await onScoringChanged();
      return result;
    },
    async previewIcp({ draft }) {
      const parsed = parseIcpValue(draft);
      if (!parsed.ok) return parsed;
      const stored = await db.icps.get(parsed.icp.id);
      const saved = stored ? parseIcpValue(stored.icp) : undefined;
      const accounts = await db.accounts.toArray();
      const { lists } = await loadScoringSetup(db);
      const preview = previewIcp(accounts, saved?.ok ? saved.icp : undefined, parsed.icp, now(), lists);
      return { ok: true, preview };
    },
    getRescoreProgress: async () => getRescoreProgress(),
  };
}
