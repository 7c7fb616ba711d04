import type { RulePatch } from '@/lib/icp/editor/draft-edits';
import type { OperatorId } from '@/lib/icp/operators';
import type { IcpIssue } from '@/lib/icp/parse-icp-file';
import { type Criterion, type Disqualifier, LAYERS, type Layer } from '@/lib/icp/schema';
import type { SignalField } from '@/lib/signals/vocabulary';
import { COMPANY_FIELD_OPTIONS, operatorOptions } from './field-options';
import { FieldIssues } from './FieldIssues';
import { TextInput, TextArea } from './TextInputs';
import type { ValueChoices } from './value-choices';
import { ValueEditor } from './ValueEditor';
import { WeightInput } from './WeightInput';

export interface RuleEditorProps {
  rule: Criterion | Disqualifier;
  /** "criteria[3]" or "disqualifiers[0]": where its issues are reported. */
  path: string;
  issues: readonly IcpIssue[];
  choices: ValueChoices;
  /** `key` names the input, so keystrokes into it fold into one undo step. */
  onPatch(patch: RulePatch, key: string): void;
  onField(field: SignalField): void;
  onOperator(operator: OperatorId): void;
  onValue(value: unknown): void;
  onRemove(): void;
}

/** One criterion or disqualifier: what it tests, how much it counts, and why it matters. */
export function RuleEditor(props: RuleEditorProps) {
  const { rule, path, issues } = props;
  const isCriterion = 'weight' in rule;
  return (
    <fieldset
      class="rule-editor"
      data-testid={isCriterion ? 'criterion-editor' : 'disqualifier-editor'}
      data-criterion-id={rule.id}
    >
      <div class="rule-editor__head">
        <TextInput
          label="Label"
          value={rule.label}
          path={`${path}.label`}
          issues={issues}
          onInput={(label) => props.onPatch({ label }, `${path}.label`)}
        />
        <code class="muted" title="The id exports and tests name this rule by">
          {rule.id}
        </code>
        <button type="button" class="link" data-testid="rule-remove" onClick={props.onRemove}>
          Remove
        </button>
      </div>
      <RuleTest {...props} />
      {isCriterion ? <CriterionWeighting {...props} rule={rule} /> : null}
      {isCriterion ? (
        <>
          <TextArea
            label="Why this matters"
            value={rule.rationale}
            path={`${path}.rationale`}
            issues={issues}
            onInput={(rationale) => props.onPatch({ rationale }, `${path}.rationale`)}
          />
          <TextArea
            label="How our product fits (optional)"
            value={rule.productFit ?? ''}
            path={`${path}.productFit`}
            issues={issues}
            onInput={(text) =>
              props.onPatch({ productFit: text === '' ? undefined : text }, `${path}.productFit`)
            }
          />
        </>
      ) : (
        <TextArea
          label="Why a company that hits this is out"
          value={rule.reason}
          path={`${path}.reason`}
          issues={issues}
          onInput={(reason) => props.onPatch({ reason }, `${path}.reason`)}
        />
      )}
      <FieldIssues issues={issues} path={path} exact />
    </fieldset>
  );
}

/** Field, operator and value: what the rule tests. */
function RuleTest({ rule, path, issues, choices, onField, onOperator, onValue }: RuleEditorProps) {
  return (
    <div class="rule-editor__test">
      <label>
        Field{' '}
        <select
          data-testid="rule-field"
          value={rule.field}
          onChange={(event) => onField(event.currentTarget.value as SignalField)}
        >
          {COMPANY_FIELD_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Test{' '}
        <select
          data-testid="rule-operator"
          value={rule.operator}
          onChange={(event) => onOperator(event.currentTarget.value as OperatorId)}
        >
          {operatorOptions(rule.field).map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      <FieldIssues issues={issues} path={`${path}.operator`} />
      <ValueEditor
        field={rule.field}
        operator={rule.operator}
        value={rule.value}
        onChange={onValue}
        choices={choices}
        idPrefix={path.replace(/\W+/g, '-')}
      />
      <FieldIssues issues={issues} path={`${path}.value`} />
    </div>
  );
}

/** Weight, must-have and layer: how much a criterion counts and where it is listed. */
function CriterionWeighting({ rule, path, issues, onPatch }: RuleEditorProps & { rule: Criterion }) {
  return (
    <div class="rule-editor__weighting">
      <WeightInput value={rule.weight} onChange={(weight) => onPatch({ weight }, `${path}.weight`)} />
      <label>
        <input
          type="checkbox"
          data-testid="criterion-must-have"
          checked={rule.mustHave}
          onChange={(event) => onPatch({ mustHave: event.currentTarget.checked }, `${path}.mustHave`)}
        />{' '}
        Must-have
      </label>
      <label>
        Layer{' '}
        <select
          data-testid="criterion-layer"
          value={rule.layer}
          onChange={(event) => onPatch({ layer: event.currentTarget.value as Layer }, `${path}.layer`)}
        >
          {LAYERS.map((layer) => (
            <option key={layer} value={layer}>
              {layer}
            </option>
          ))}
        </select>
      </label>
      <FieldIssues issues={issues} path={`${path}.weight`} />
    </div>
  );
}
