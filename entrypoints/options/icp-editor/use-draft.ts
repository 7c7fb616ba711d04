import { useCallback, useState } from 'preact/hooks';
import { type DraftHistory, recordEdit, redo, startHistory, undo } from '@/lib/icp/editor/draft-history';
import type { Icp } from '@/lib/icp/schema';

export interface DraftControls {
  draft: Icp;
  /** Applies an edit; edits with the same key in quick succession are one undo step. */
  edit(change: (draft: Icp) => Icp, key?: string): void;
  undo(): void;
  redo(): void;
  canUndo: boolean;
  canRedo: boolean;
  /** Starts over from an ICP (after a save, or when another ICP is opened): nothing to undo. */
  reset(icp: Icp): void;
}

export function useDraft(initial: Icp): DraftControls {
  const [history, setHistory] = useState<DraftHistory<Icp>>(() => startHistory(initial));
  const edit = useCallback(
    (change: (draft: Icp) => Icp, key?: string) =>
      setHistory((current) => recordEdit(current, change(current.present), key)),
    [],
  );
  // Stable functions: the keyboard shortcuts are registered once, not at every render.
  const undoStep = useCallback(() => setHistory(undo), []);
  const redoStep = useCallback(() => setHistory(redo), []);
  const reset = useCallback((icp: Icp) => setHistory(startHistory(icp)), []);
  return {
    draft: history.present,
    edit,
    undo: undoStep,
    redo: redoStep,
    canUndo: history.past.length > 0,
    canRedo: history.future.length > 0,
    reset,
  };
}
