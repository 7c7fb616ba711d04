import type { IcpLibrary } from '@/lib/icp/icp-library';

interface Props {
  library: IcpLibrary;
  selectedId?: string;
  onOpen(id: string): void;
  onMakePrimary(id: string): void;
  onNewSegment(): void;
  onDuplicate(id: string): void;
  onDelete(id: string): void;
}

/** The stored ICPs: the primary one, its segment variants, and any others. */
export function IcpLibraryList({
  library,
  selectedId,
  onOpen,
  onMakePrimary,
  onNewSegment,
  onDuplicate,
  onDelete,
}: Props) {
  return (
    <div class="icp-library">
      <ul>
        {library.entries.map((entry) => {
          const primary = entry.id === library.primaryId;
          const role = primary
            ? 'primary'
            : entry.ok && entry.icp.segmentOf
              ? `segment of ${entry.icp.segmentOf}`
              : 'not in use';
          return (
            <li
              key={entry.id}
              data-testid="icp-entry"
              data-icp-id={entry.id}
              class={entry.id === selectedId ? 'selected' : ''}
            >
              <button type="button" class="link" onClick={() => onOpen(entry.id)} disabled={!entry.ok}>
                {entry.ok ? entry.icp.name : entry.id}
              </button>{' '}
              <span class="muted">
                {entry.ok ? `v${entry.icp.version} · reviewed ${entry.icp.reviewedAt} · ` : ''}
                {role}
              </span>
              {!entry.ok && <span class="error"> cannot be read: {entry.problem}</span>}
              {!primary && entry.ok && (
                <button
                  type="button"
                  class="link"
                  data-testid="icp-make-primary"
                  onClick={() => onMakePrimary(entry.id)}
                >
                  Make primary
                </button>
              )}
              {entry.ok && (
                <button
                  type="button"
                  class="link"
                  data-testid="icp-duplicate"
                  onClick={() => onDuplicate(entry.id)}
                >
                  Duplicate
                </button>
              )}
              {!primary && (
                <button
                  type="button"
                  class="link"
                  data-testid="icp-delete"
                  onClick={() => onDelete(entry.id)}
                >
                  Delete
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <button type="button" data-testid="icp-new-segment" onClick={onNewSegment}>
        New segment variant of the primary ICP
      </button>
    </div>
  );
}
