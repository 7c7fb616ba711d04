import type { RuleEditorProps } from '@/components/icp-editor/RuleEditor';
import { RuleEditor } from '@/components/icp-editor/RuleEditor';
import type { ValueChoices } from '@/components/icp-editor/value-choices';
import { FieldIssues } from '@/components/icp-editor/FieldIssues';
import type { IcpIssue } from '@/lib/icp/parse-icp-file';
import type { Disqualifier } from '@/lib/icp/schema';

type RuleHandlers = Pick<RuleEditorProps, 'onPatch' | 'onField' | 'onOperator' | 'onValue' | 'onRemove'>;

interface Props {
  disqualifiers: readonly Disqualifier[];
  issues: readonly IcpIssue[];
  choices: ValueChoices;
  handlersFor(index: number): RuleHandlers;
  /** With a list id: a disqualifier for a company on that suppression list. */
  onAdd(listId?: string): void;
}

/** Negative filters: existing customers, competitors, markets we do not serve. A hit beats any score. */
export function DisqualifiersEditor({ disqualifiers, issues, choices, handlersFor, onAdd }: Props) {
  return (
    <section class="disqualifiers-editor">
      <h3>Disqualifiers</h3>
      <p class="muted">A company that hits any of these is shown as disqualified, whatever its score.</p>
      {disqualifiers.map((disqualifier, index) => (
        <RuleEditor
          key={`${index}:${disqualifier.id}`}
          rule={disqualifier}
          path={`disqualifiers[${index}]`}
          issues={issues}
          choices={choices}
          {...handlersFor(index)}
        />
      ))}
      <FieldIssues issues={issues} path="disqualifiers" exact />
      <button type="button" data-testid="disqualifier-add" onClick={() => onAdd()}>
        Add a disqualifier
      </button>{' '}
      {choices.lists.map((list) => (
        <button
          key={list.id}
          type="button"
          data-testid="disqualifier-add-list"
          data-list-id={list.id}
          onClick={() => onAdd(list.id)}
        >
          Disqualify companies on “{list.label}”
        </button>
      ))}
    </section>
  );
}
