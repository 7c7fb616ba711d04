import { useEffect, useMemo, useState } from 'preact/hooks';
import { CriteriaByLayer } from '@/components/icp-editor/CriteriaByLayer';
import { FieldIssues } from '@/components/icp-editor/FieldIssues';
import { PersonaEditor } from '@/components/icp-editor/PersonaEditor';
import { PreviewPanel } from '@/components/icp-editor/PreviewPanel';
import { SaveBar } from '@/components/icp-editor/SaveBar';
import { TiersEditor } from '@/components/icp-editor/TiersEditor';
import type { ValueChoices } from '@/components/icp-editor/value-choices';
import * as edits from '@/lib/icp/editor/draft-edits';
import { checkDraft } from '@/lib/icp/editor/draft-issues';
import type { Icp } from '@/lib/icp/schema';
import { sendMessage } from '@/lib/messaging';
import { DisqualifiersEditor } from './DisqualifiersEditor';
import { HeaderEditor } from './HeaderEditor';
import { useDraft } from './use-draft';
import { usePreview } from './use-preview';
import { useRescoreProgress } from './use-rescore-progress';
import { useUndoKeys } from './use-undo-keys';

interface Props {
  /** The ICP as stored (or a new one not saved yet): what "discard" returns to. */
  saved: Icp;
  isNew: boolean;
  choices: ValueChoices;
  primaryId: string;
  onSaved(icp: Icp): void;
  onDirtyChange(dirty: boolean): void;
}

/** Saving sets the version and the review date, so two drafts differing only there say the same. */
function sameContent(a: Icp, b: Icp): boolean {
  const content = ({ version: _version, reviewedAt: _reviewedAt, ...rest }: Icp) => JSON.stringify(rest);
  return content(a) === content(b);
}

/** Edits one ICP: every change is checked at once, previewed over the accounts seen, and undoable. */
export function IcpEditor({ saved, isNew, choices, primaryId, onSaved, onDirtyChange }: Props) {
  const { draft, edit, undo, redo, canUndo, canRedo, reset } = useDraft(saved);
  const issues = useMemo(() => checkDraft(draft), [draft]);
  const dirty = isNew || !sameContent(draft, saved);
  const { preview, status, message } = usePreview(draft, issues.length === 0);
  const { progress, watch } = useRescoreProgress();
  const [saving, setSaving] = useState(false);
  const [saveStatus, setSaveStatus] = useState<string>();
  useEffect(() => onDirtyChange(dirty), [dirty]);
  useUndoKeys(undo, redo);

  const save = async () => {
    setSaving(true);
    const result = await sendMessage('saveIcp', {
      icp: draft,
      baseVersion: isNew ? 0 : saved.version,
    }).finally(() => setSaving(false));
    if (!result.ok)
      return setSaveStatus(`Not saved: ${result.errors[0]?.path}: ${result.errors[0]?.message}`);
    setSaveStatus(`Saved version ${result.icp.version}, reviewed ${result.icp.reviewedAt}.`);
    // The history stays: undoing past a save and saving again is how a change is taken back.
    watch();
    onSaved(result.icp);
  };
  const ruleHandlers = (list: edits.RuleList) => (index: number) => ({
    onPatch: (patch: edits.RulePatch, key: string) =>
      edit((d) => edits.updateRule(d, list, index, patch), key),
    onField: (field: Parameters<typeof edits.changeRuleField>[3]) =>
      edit((d) => edits.changeRuleField(d, list, index, field)),
    onOperator: (operator: Parameters<typeof edits.changeRuleOperator>[3]) =>
      edit((d) => edits.changeRuleOperator(d, list, index, operator)),
    onValue: (value: unknown) =>
      edit((d) => edits.changeRuleValue(d, list, index, value), `${list}[${index}].value`),
    onRemove: () => edit((d) => edits.removeRule(d, list, index)),
  });

  return (
    <div class="icp-editor" data-testid="icp-editor" data-icp-id={draft.id}>
      <SaveBar
        dirty={dirty}
        issueCount={issues.length}
        canUndo={canUndo}
        canRedo={canRedo}
        saving={saving}
        status={saveStatus}
        progress={progress}
        onUndo={undo}
        onRedo={redo}
        onSave={() => void save()}
        onDiscard={() => reset(saved)}
      />
      <div class="icp-editor__columns">
        <div class="icp-editor__form">
          <HeaderEditor
            saved={saved}
            draft={draft}
            issues={issues}
            isNew={isNew}
            primaryId={primaryId}
            onChange={(patch, key) => edit((d) => edits.updateHeader(d, patch), key)}
          />
          <FieldIssues issues={issues} path="(file)" exact />
          <h3>Criteria</h3>
          <FieldIssues issues={issues} path="criteria" exact />
          <CriteriaByLayer
            criteria={draft.criteria}
            issues={issues}
            choices={choices}
            handlersFor={ruleHandlers('criteria')}
            onAdd={(layer) => edit((d) => edits.addCriterion(d, layer))}
          />
          <DisqualifiersEditor
            disqualifiers={draft.disqualifiers}
            issues={issues}
            choices={choices}
            handlersFor={ruleHandlers('disqualifiers')}
            onAdd={(listId) => edit((d) => edits.addDisqualifier(d, listId))}
          />
          <h3>Tiers</h3>
          <TiersEditor
            tiers={draft.tiers}
            issues={issues}
            onChange={(index, patch) => edit((d) => edits.updateTier(d, index, patch), `tiers[${index}]`)}
            onAdd={() => edit(edits.addTier)}
            onRemove={(index) => edit((d) => edits.removeTier(d, index))}
          />
          <h3>Buyer persona</h3>
          <PersonaEditor
            persona={draft.persona}
            issues={issues}
            onChange={(patch) => edit((d) => edits.updatePersona(d, patch), 'persona')}
          />
        </div>
        <aside class="icp-editor__preview">
          <PreviewPanel preview={preview} status={status} message={message} />
        </aside>
      </div>
    </div>
  );
}
