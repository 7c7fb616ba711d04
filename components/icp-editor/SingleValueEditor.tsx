import { FIELD_KINDS, type SignalField } from '@/lib/signals/vocabulary';
import { NumberField } from './NumberField';
import { labelForValue, type Suggestion, valueForText } from './value-choices';

export type SingleValue = string | number | boolean;

interface Props {
  field: SignalField;
  /** undefined when the stored value does not suit the field: the input starts empty. */
  value: SingleValue | undefined;
  suggestions: readonly Suggestion[];
  onChange(value: SingleValue): void;
  idPrefix: string;
}

/** equals: the input follows the field's kind, so a boolean field cannot be given the text "true". */
export function SingleValueEditor({ field, value, suggestions, onChange, idPrefix }: Props) {
  const kind = FIELD_KINDS[field];
  if (kind === 'boolean') {
    return (
      <label class="ve-single">
        <span>Value</span>
        <select
          class="ve-select"
          data-testid="equals-boolean"
          value={typeof value === 'boolean' ? String(value) : ''}
          onChange={(event) => {
            const chosen = event.currentTarget.value;
            if (chosen !== '') onChange(chosen === 'true');
          }}
        >
          {typeof value !== 'boolean' && <option value="">Choose…</option>}
          <option value="true">Yes</option>
          <option value="false">No</option>
        </select>
      </label>
    );
  }
  if (kind === 'integer') {
    return (
      <NumberField
        label="Value"
        value={typeof value === 'number' ? value : undefined}
        testId="equals-number"
        step={1}
        onChange={(number) => {
          if (number !== undefined) onChange(number);
        }}
      />
    );
  }
  const text = typeof value === 'string' ? value : '';
  const label = labelForValue(text, suggestions);
  const listId = `${idPrefix}-options`;
  return (
    <div class="ve-single">
      <label for={`${idPrefix}-value`}>Value</label>
      <input
        id={`${idPrefix}-value`}
        type="text"
        class="ve-text"
        data-testid="equals-text"
        list={suggestions.length > 0 ? listId : undefined}
        value={text}
        onInput={(event) => onChange(event.currentTarget.value)}
        // Mapped once the text is committed, so "Germany" does not turn into "DE" mid-word.
        onChange={(event) => {
          const typed = event.currentTarget.value.trim();
          onChange(valueForText(typed, suggestions) ?? typed);
        }}
      />
      {label && label !== text && (
        <span class="ve-value-label" data-testid="equals-label">
          {label}
        </span>
      )}
      {suggestions.length > 0 && (
        <datalist id={listId}>
          {suggestions.map((suggestion) => (
            <option key={suggestion.value} value={suggestion.label} />
          ))}
        </datalist>
      )}
    </div>
  );
}
