import { timeAgo } from '@/lib/icp/team-sync-status';
import type { SuppressionListSummary } from '@/lib/suppression/list-store';
import { formatCount } from './SuppressionListDraft';

interface SuppressionListTableProps {
  lists: SuppressionListSummary[];
  now: Date;
  onDelete(list: SuppressionListSummary): void;
}

/** The imported lists: what each holds, where it came from, and when. */
export function SuppressionListTable({ lists, now, onDelete }: SuppressionListTableProps) {
  if (lists.length === 0) {
    return (
      <p class="muted" data-testid="suppression-none">
        No list imported yet: disqualifiers that name a list are shown as unknown until it is imported.
      </p>
    );
  }
  return (
    <table class="icp__table suppression-lists__table">
      <thead>
        <tr>
          <th>List</th>
          <th>Id in ICP files</th>
          <th>Domains</th>
          <th>LinkedIn pages</th>
          <th>File</th>
          <th>Imported</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {[...lists]
          .sort((a, b) => a.label.localeCompare(b.label))
          .map((list) => (
            <tr key={list.id} data-testid="suppression-list-row" data-list-id={list.id}>
              <td>{list.label}</td>
              <td>
                <code>{list.id}</code>
              </td>
              <td>{list.domainCount.toLocaleString('en-US')}</td>
              <td>{list.linkedinCount.toLocaleString('en-US')}</td>
              <td>
                {list.fileName}
                {list.skipped > 0 && (
                  <span class="muted"> ({formatCount(list.skipped, 'row')} named no company)</span>
                )}
              </td>
              <td title={new Date(list.importedAt).toLocaleString()}>{timeAgo(list.importedAt, now)}</td>
              <td>
                <button type="button" data-testid="suppression-delete" onClick={() => onDelete(list)}>
                  Delete
                </button>
              </td>
            </tr>
          ))}
      </tbody>
    </table>
  );
}
