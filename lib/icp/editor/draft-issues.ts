import { type IcpIssue, parseIcpValue } from '../parse-icp-file';
import type { Icp } from '../schema';

/** Every problem the checks find in a draft, as an import would report it; empty when it can be saved. */
export function checkDraft(draft: Icp): IcpIssue[] {
  const result = parseIcpValue(draft);
  return result.ok ? [] : result.errors;
}

/**
 * The issues to show beside one part of the editor: those at `path` itself or inside it
 * ("criteria[2]" holds "criteria[2].value[1]", but not "criteria[20]").
 */
export function issuesAt(issues: readonly IcpIssue[], path: string): IcpIssue[] {
  return issues.filter(
    (issue) => issue.path === path || issue.path.startsWith(`${path}.`) || issue.path.startsWith(`${path}[`),
  );
}
