/*
 * Class names of the value editors, for the options page CSS:
 * ve-editor (wrapper), ve-list, ve-chips, ve-chip, ve-chip-remove, ve-input-row, ve-text, ve-add,
 * ve-empty, ve-bands, ve-band, ve-band-part, ve-span, ve-match, ve-number, ve-bounds, ve-days,
 * ve-presets, ve-preset (aria-pressed when chosen), ve-single, ve-value-label, ve-select,
 * ve-list-picker, ve-note (quiet hint), ve-warning (needs attention), ve-unknown.
 */
import { FIELD_LABELS } from '@/lib/signals/field-labels';
import type { SignalField } from '@/lib/signals/vocabulary';
import { BoundsEditor } from './BoundsEditor';
import { asBounds, asDayCount, asListId, asSingleValue, asSizeRange, asTextList } from './coerce-value';
import { DaysEditor } from './DaysEditor';
import type { EditorOperator } from '@/lib/icp/editor/default-value';
import { ListPicker } from './ListPicker';
import { SingleValueEditor } from './SingleValueEditor';
import { SizeBandEditor } from './SizeBandEditor';
import { TextListEditor } from './TextListEditor';
import { suggestionsFor, type ValueChoices } from './value-choices';

interface Props {
  field: SignalField;
  operator: EditorOperator;
  value: unknown;
  onChange(value: unknown): void;
  choices: ValueChoices;
  /** Unique per criterion row: the base of the ids that tie labels and datalists to inputs. */
  idPrefix: string;
}

/** The value input for one criterion, chosen by its operator. */
export function ValueEditor(props: Props) {
  return (
    <div class="ve-editor" data-testid="value-editor" data-operator={props.operator}>
      {editorFor(props)}
    </div>
  );
}

function editorFor({ field, operator, value, onChange, choices, idPrefix }: Props) {
  switch (operator) {
    case 'in_list':
    case 'not_in_list':
    case 'includes_any':
    case 'includes_all':
    case 'includes_none':
    case 'keyword':
      return (
        <TextListEditor
          values={asTextList(value)}
          suggestions={suggestionsFor(field, choices)}
          onChange={onChange}
          label={operator === 'keyword' ? 'Keywords' : `${FIELD_LABELS[field] ?? field} values`}
          freeText={operator === 'keyword'}
          idPrefix={idPrefix}
          testId="text-list-editor"
        />
      );
    case 'size_in_range':
      return <SizeBandEditor value={asSizeRange(value)} onChange={onChange} />;
    case 'between':
      return <BoundsEditor value={asBounds(value)} onChange={onChange} />;
    case 'within_days':
      return <DaysEditor value={asDayCount(value)} onChange={onChange} />;
    case 'equals':
      return (
        <SingleValueEditor
          field={field}
          value={asSingleValue(value)}
          suggestions={suggestionsFor(field, choices)}
          onChange={onChange}
          idPrefix={idPrefix}
        />
      );
    case 'on_list':
      return <ListPicker value={asListId(value)} lists={choices.lists} onChange={onChange} />;
    default:
      // An operator from a newer file format: say so rather than guess at its value.
      return <p class="ve-unknown">No editor for the operator “{String(operator)}”.</p>;
  }
}
