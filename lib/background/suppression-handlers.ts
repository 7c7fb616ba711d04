import type { FitcheckDb } from '@/lib/db';
import type { Handlers } from '@/lib/messaging';
import {
  deleteSuppressionList,
  storeSuppressionList,
  summarizeSuppressionLists,
} from '@/lib/suppression/list-store';

type SuppressionHandlers = Pick<
  Handlers,
  'importSuppressionList' | 'listSuppressionLists' | 'deleteSuppressionList'
>;

/** Lists change what on_list disqualifiers say, so every change re-scores (onScoringChanged). */
export function createSuppressionHandlers(
  db: FitcheckDb,
  onScoringChanged: () => Promise<void>,
): SuppressionHandlers {
  return {
    async importSuppressionList({ list }) {
      await storeSuppressionList(db, list);
      await onScoringChanged();
      return { stored: true };
    },
    listSuppressionLists: () => summarizeSuppressionLists(db),
    async deleteSuppressionList({ id }) {
      await deleteSuppressionList(db, id);
      await onScoringChanged();
      return { deleted: true };
    },
  };
}
