import type { IcpIssue } from '@/lib/icp/parse-icp-file';
import { type Criterion, LAYERS, type Layer } from '@/lib/icp/schema';
import { RuleEditor, type RuleEditorProps } from './RuleEditor';
import type { ValueChoices } from './value-choices';

const LAYER_TITLES: Record<Layer, string> = {
  firmographic: 'Firmographic: industry, size, geography, age, ownership',
  technographic: 'Technographic: tools that complement or compete with ours',
  operational: 'Operational: locations, compliance, business model',
  behavioral: 'Behavioral: funding, hiring, leadership changes, expansion',
};

type RuleHandlers = Pick<RuleEditorProps, 'onPatch' | 'onField' | 'onOperator' | 'onValue' | 'onRemove'>;

interface Props {
  criteria: readonly Criterion[];
  issues: readonly IcpIssue[];
  choices: ValueChoices;
  /** The handlers of the criterion at this index in the ICP's list. */
  handlersFor(index: number): RuleHandlers;
  onAdd(layer: Layer): void;
}

/** The criteria grouped by the ICP's layers, each with its share of the total weight. */
export function CriteriaByLayer({ criteria, issues, choices, handlersFor, onAdd }: Props) {
  const total = criteria.reduce((sum, c) => sum + (Number.isFinite(c.weight) ? c.weight : 0), 0);
  return (
    <div class="criteria-by-layer">
      {LAYERS.map((layer) => {
        const inLayer = criteria.flatMap((criterion, index) =>
          criterion.layer === layer ? [{ criterion, index }] : [],
        );
        const weight = inLayer.reduce(
          (sum, { criterion }) => sum + (Number.isFinite(criterion.weight) ? criterion.weight : 0),
          0,
        );
        return (
          <section key={layer} class="layer" data-testid="layer" data-layer={layer}>
            <h4>
              {LAYER_TITLES[layer]}{' '}
              <span class="muted" data-testid="layer-share">
                {total > 0 ? `${Math.round((100 * weight) / total)}% of the weight` : ''}
              </span>
            </h4>
            {inLayer.map(({ criterion, index }) => (
              <RuleEditor
                key={`${index}:${criterion.id}`}
                rule={criterion}
                path={`criteria[${index}]`}
                issues={issues}
                choices={choices}
                {...handlersFor(index)}
              />
            ))}
            <button type="button" data-testid="criterion-add" data-layer={layer} onClick={() => onAdd(layer)}>
              Add a {layer} criterion
            </button>
          </section>
        );
      })}
    </div>
  );
}
