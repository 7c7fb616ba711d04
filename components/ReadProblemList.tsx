import type { ReadProblem } from '@/lib/db';
import { FIELD_LABELS } from '@/lib/signals/field-labels';
import type { SignalField } from '@/lib/signals/vocabulary';

interface Props {
  problems: readonly ReadProblem[];
  onCopy(text: string): void;
  onClear(): void;
}

/** The last LinkedIn pages Fitcheck could not read fully: what a user sends with a bug report. */
export function ReadProblemList({ problems, onCopy, onClear }: Props) {
  return (
    <section class="diagnostics" data-testid="diagnostics">
      <h2>Diagnostics</h2>
      {problems.length === 0 ? (
        <p class="muted">
          No page has failed to read. Pages that do are listed here, kept only in this browser.
        </p>
      ) : (
        <>
          <p class="muted">
            Pages Fitcheck recognized but could not read fully, newest first. Nothing leaves your browser
            unless you copy it.
          </p>
          <table class="icp__table">
            <thead>
              <tr>
                <th>When</th>
                <th>Page</th>
                <th>Not read</th>
              </tr>
            </thead>
            <tbody>
              {problems.map((problem) => (
                <tr key={problem.seq} data-testid="read-problem-entry">
                  <td>{problem.seenAt.replace('T', ' ').slice(0, 16)}</td>
                  <td class="diagnostics__url">{problem.url}</td>
                  <td>
                    {problem.missing.map((field) => FIELD_LABELS[field as SignalField] ?? field).join(', ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div class="toolbar">
            <button type="button" onClick={() => onCopy(JSON.stringify(problems, null, 2))}>
              Copy as report
            </button>
            <button type="button" onClick={onClear}>
              Clear the list
            </button>
          </div>
        </>
      )}
    </section>
  );
}
