import { upgradeToCurrentFormat } from './format-versions';
import { plainIssueMessage } from './issue-messages';
import { type Icp, icpSchema } from './schema';

/** One problem in an ICP file: where (`criteria[2].weight`, or `(file)` for the whole file) and what. */
export interface IcpIssue {
  path: string;
  message: string;
}

export type IcpParseResult = { ok: true; icp: Icp } | { ok: false; errors: IcpIssue[] };

const WHOLE_FILE = '(file)';

/** Reads an ICP file's text. Never throws: every problem comes back as an issue with its place. */
export function parseIcpText(text: string): IcpParseResult {
  const json = text.replace(/^\uFEFF/, '');
  if (json.trim() === '') return fail(WHOLE_FILE, 'the file is empty');
  try {
    return parseIcpValue(JSON.parse(json));
  } catch (error) {
    return fail(WHOLE_FILE, describeJsonError(error, json));
  }
}

/** Checks a parsed value (an imported file, or a stored ICP from an older version) against the format. */
export function parseIcpValue(value: unknown): IcpParseResult {
  try {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return fail(
        WHOLE_FILE,
        'an ICP file holds one object in curly braces { }, with "format", "criteria" and "tiers"',
      );
    }
    const upgrade = upgradeToCurrentFormat(value as Record<string, unknown>);
    if (!upgrade.ok) return upgrade;
    const parsed = icpSchema.safeParse(upgrade.file, { error: plainIssueMessage });
    if (parsed.success) return { ok: true, icp: parsed.data };
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => ({
        path: formatIssuePath(issue.path),
        message: issue.message,
      })),
    };
  } catch (error) {
    return fail(WHOLE_FILE, `could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** ['criteria', 2, 'weight'] -> "criteria[2].weight"; the root is the whole file. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  const text = path
    .map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
    .join('')
    .replace(/^\./, '');
  return text === '' ? WHOLE_FILE : text;
}

/**
 * JSON.parse says "... in JSON at position 42"; a person editing the file needs a line and a
 * column. Newer engines add their own "(line 3 column 5)", which is dropped for ours. Backups
 * (lib/backup) word their JSON errors the same way.
 */
export function describeJsonError(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(message);
  const reason = message
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/\s+in JSON at position \d+/, '')
    .replace(/\s+at position \d+/, '');
  if (!position) return `not valid JSON: ${reason}`;
  const { line, column } = lineAndColumn(text, Number(position[1]));
  return `not valid JSON: ${reason} at line ${line}, column ${column}`;
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

function fail(path: string, message: string): IcpParseResult {
  return { ok: false, errors: [{ path, message }] };
}
