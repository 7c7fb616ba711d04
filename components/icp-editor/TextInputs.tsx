import type { IcpIssue } from '@/lib/icp/parse-icp-file';
import { FieldIssues } from './FieldIssues';

interface Props {
  label: string;
  value: string;
  /** Where the checks report problems with this text, e.g. "criteria[2].rationale". */
  path: string;
  issues: readonly IcpIssue[];
  onInput(value: string): void;
}

/** A labelled one-line text input with its problems beside it. */
export function TextInput({ label, value, path, issues, onInput }: Props) {
  return (
    <label class="ed-text">
      {label}{' '}
      <input
        type="text"
        value={value}
        data-path={path}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      <FieldIssues issues={issues} path={path} />
    </label>
  );
}

/** A labelled text area, for rationales an SDR reads as outreach context. */
export function TextArea({ label, value, path, issues, onInput }: Props) {
  return (
    <label class="ed-textarea">
      {label}
      <textarea
        rows={2}
        value={value}
        data-path={path}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      <FieldIssues issues={issues} path={path} />
    </label>
  );
}
