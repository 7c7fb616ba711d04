import { issuesAt } from '@/lib/icp/editor/draft-issues';
import type { IcpIssue } from '@/lib/icp/parse-icp-file';

interface Props {
  issues: readonly IcpIssue[];
  /** Shows the issues at this path and inside it ("criteria[2].weight"). */
  path: string;
  /** Only the issues at exactly this path: the inputs inside show their own. */
  exact?: boolean;
}

/** The problems the ICP checks found in one part of the draft, written beside the input. */
export function FieldIssues({ issues, path, exact = false }: Props) {
  const shown = exact ? issues.filter((issue) => issue.path === path) : issuesAt(issues, path);
  if (shown.length === 0) return null;
  return (
    <ul class="field-issues" role="alert">
      {shown.map((issue) => (
        <li key={`${issue.path}:${issue.message}`} data-testid="field-issue" data-path={issue.path}>
          {issue.message}
        </li>
      ))}
    </ul>
  );
}
