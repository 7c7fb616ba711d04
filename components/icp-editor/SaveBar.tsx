import type { RescoreProgress } from '@/lib/background/rescore-job';

interface Props {
  dirty: boolean;
  issueCount: number;
  canUndo: boolean;
  canRedo: boolean;
  saving: boolean;
  status?: string;
  progress?: RescoreProgress;
  onUndo(): void;
  onRedo(): void;
  onSave(): void;
  onDiscard(): void;
}

const count = new Intl.NumberFormat('en-US');

/** Undo, redo and save, with what saving will do and how far re-scoring has come. */
export function SaveBar(props: Props) {
  const blocked = props.issueCount > 0;
  return (
    <div class="save-bar" data-testid="save-bar">
      <button
        type="button"
        data-testid="icp-undo"
        disabled={!props.canUndo}
        onClick={props.onUndo}
        title="Undo (Ctrl+Z)"
      >
        Undo
      </button>
      <button
        type="button"
        data-testid="icp-redo"
        disabled={!props.canRedo}
        onClick={props.onRedo}
        title="Redo (Ctrl+Shift+Z)"
      >
        Redo
      </button>
      <button type="button" data-testid="icp-discard" disabled={!props.dirty} onClick={props.onDiscard}>
        Discard changes
      </button>
      <button
        type="button"
        class="primary"
        data-testid="icp-save"
        disabled={!props.dirty || blocked || props.saving}
        onClick={props.onSave}
      >
        Save as a new version
      </button>
      <span class={blocked ? 'error' : 'muted'} data-testid="icp-save-status">
        {blocked
          ? `${props.issueCount} problem${props.issueCount === 1 ? '' : 's'} to fix before saving`
          : props.status}
      </span>
      {props.progress && <RescoreLine progress={props.progress} />}
    </div>
  );
}

function RescoreLine({ progress }: { progress: RescoreProgress }) {
  const version = progress.icpVersion === undefined ? '' : ` version ${progress.icpVersion}`;
  const text = progress.running
    ? `Re-scoring ${count.format(progress.done)} of ${count.format(progress.total)} accounts…`
    : `All ${count.format(progress.total)} stored accounts re-scored with ${progress.icpName ?? 'the ICP'}${version}.`;
  return (
    <span class="muted" data-testid="rescore-progress" data-running={String(progress.running)}>
      {progress.running && <progress max={Math.max(progress.total, 1)} value={progress.done} />} {text}
    </span>
  );
}
