import type { ColumnRole } from './column-roles';

/** A column some of whose cells could not be read: "Annual Revenue: 37 values, e.g. line 12: 'ask finance'". */
export interface ColumnProblem {
  /** The column's header as the file writes it. */
  column: string;
  role: ColumnRole;
  unreadable: number;
  /** The first few unreadable cells, in file order. */
  examples: { line: number; text: string }[];
}

/** Long cells are cut for the message; the line number says where to find the rest. */
const MAX_EXAMPLE_LENGTH = 80;

export interface ProblemTally {
  count(role: ColumnRole, column: number, line: number, text: string): void;
  /** The problems, in column order. */
  list(): ColumnProblem[];
}

export function createProblemTally(headers: readonly string[], maxExamples: number): ProblemTally {
  const byColumn = new Map<string, ColumnProblem & { index: number }>();
  return {
    count(role, column, line, text) {
      const key = `${column}:${role}`;
      const problem = byColumn.get(key) ?? {
        index: column,
        column: headers[column] ?? `Column ${column + 1}`,
        role,
        unreadable: 0,
        examples: [],
      };
      problem.unreadable += 1;
      if (problem.examples.length < maxExamples) problem.examples.push({ line, text: shorten(text.trim()) });
      byColumn.set(key, problem);
    },
    list() {
      return [...byColumn.values()]
        .sort((a, b) => a.index - b.index)
        .map(({ index: _index, ...problem }) => problem);
    },
  };
}

function shorten(text: string): string {
  return text.length > MAX_EXAMPLE_LENGTH ? `${text.slice(0, MAX_EXAMPLE_LENGTH - 1)}…` : text;
}
