/**
 * Undo and redo for the ICP editor. Every edit is a new present; typing into one input is folded
 * into one step (same `key` within COALESCE_MS), so undo takes back a word, not a letter.
 */
export interface DraftHistory<T> {
  past: readonly T[];
  present: T;
  future: readonly T[];
  /** The input the last edit came from and when, for folding keystrokes into one step. */
  lastKey?: string;
  lastAt?: number;
}

const MAX_STEPS = 100;
const COALESCE_MS = 1000;

export function startHistory<T>(present: T): DraftHistory<T> {
  return { past: [], present, future: [] };
}

export function recordEdit<T>(
  history: DraftHistory<T>,
  next: T,
  key?: string,
  at = Date.now(),
): DraftHistory<T> {
  if (next === history.present) return history;
  const fold =
    key !== undefined &&
    key === history.lastKey &&
    history.lastAt !== undefined &&
    at - history.lastAt < COALESCE_MS &&
    history.past.length > 0;
  const past = fold ? history.past : [...history.past, history.present].slice(-MAX_STEPS);
  return { past, present: next, future: [], lastKey: key, lastAt: at };
}

export function undo<T>(history: DraftHistory<T>): DraftHistory<T> {
  const previous = history.past[history.past.length - 1];
  if (previous === undefined) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future] };
}

export function redo<T>(history: DraftHistory<T>): DraftHistory<T> {
  const [next, ...rest] = history.future;
  if (next === undefined) return history;
  return { past: [...history.past, history.present], present: next, future: rest };
}
