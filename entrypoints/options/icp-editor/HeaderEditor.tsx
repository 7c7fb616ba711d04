import { TextArea, TextInput } from '@/components/icp-editor/TextInputs';
import type { IcpIssue } from '@/lib/icp/parse-icp-file';
import type { Icp } from '@/lib/icp/schema';

type HeaderPatch = Partial<Pick<Icp, 'name' | 'description' | 'segmentOf'>>;

interface Props {
  draft: Icp;
  /** The stored ICP: its version and review date are the ones a save moves on from. */
  saved: Icp;
  issues: readonly IcpIssue[];
  isNew: boolean;
  primaryId: string;
  onChange(patch: HeaderPatch, key: string): void;
}

/** Name, description and role (primary or segment variant) of the ICP being edited. */
export function HeaderEditor({ draft, saved, issues, isNew, primaryId, onChange }: Props) {
  const isSegment = draft.segmentOf !== undefined;
  return (
    <div class="icp-header" data-testid="icp-header">
      <TextInput
        label="Name"
        value={draft.name}
        path="name"
        issues={issues}
        onInput={(name) => onChange({ name }, 'name')}
      />
      <TextArea
        label="Description (optional)"
        value={draft.description ?? ''}
        path="description"
        issues={issues}
        onInput={(description) => onChange({ description }, 'description')}
      />
      <p class="muted">
        Id <code>{draft.id}</code>.{' '}
        {isNew
          ? 'Not saved yet: saving stores version 1, reviewed today.'
          : `Version ${saved.version}, last reviewed ${saved.reviewedAt}. Saving makes version ${saved.version + 1} and marks it reviewed today.`}{' '}
        {isSegment ? (
          <>
            A segment variant of <code>{draft.segmentOf}</code>: the popup shows its fit beside the primary
            one
            {draft.segmentOf === primaryId ? '.' : ', once that ICP is primary.'}
          </>
        ) : draft.id === primaryId ? (
          'The primary ICP: the badge and the popup follow it.'
        ) : null}
      </p>
    </div>
  );
}
