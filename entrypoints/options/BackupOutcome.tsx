import type { BackupCounts, BackupIssue } from '@/lib/backup/backup-limits';
import { describeRestoredCounts } from '@/lib/backup/describe-restore';

export type BackupOutcomeState =
  | { kind: 'none' }
  | { kind: 'saved'; fileName: string }
  | { kind: 'restored'; counts: BackupCounts }
  | { kind: 'failed'; headline: string; errors: BackupIssue[] };

/** What the last download or restore came to: the file saved, the rows restored, or every problem with its place. */
export function BackupOutcome({ outcome }: { outcome: BackupOutcomeState }) {
  switch (outcome.kind) {
    case 'none':
      return null;
    case 'saved':
      return (
        <p class="ok" data-testid="backup-status">
          Saved {outcome.fileName}.
        </p>
      );
    case 'restored':
      return (
        <p class="ok" data-testid="backup-status">
          {describeRestoredCounts(outcome.counts)} Fits are being re-computed.
        </p>
      );
    case 'failed':
      return (
        <div data-testid="backup-error">
          <p class="error">{outcome.headline}</p>
          <ul class="muted">
            {outcome.errors.map((issue, index) => (
              <li key={`${index}:${issue.path}`}>
                <code>{issue.path}</code>: {issue.message}
              </li>
            ))}
          </ul>
        </div>
      );
  }
}
