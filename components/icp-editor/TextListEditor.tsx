import { useId, useState } from 'preact/hooks';
import { sameText } from '@/lib/icp/text-match';
import { labelForValue, startsALabel, type Suggestion, valueForText } from './value-choices';

interface Props {
  values: readonly string[];
  suggestions: readonly Suggestion[];
  onChange(values: string[]): void;
  label: string;
  testId?: string;
  /** Keyword searches: keep the text as typed, since it is searched for, not compared with a value. */
  freeText?: boolean;
  /** Base of the input and datalist ids; one is made up when absent. */
  idPrefix?: string;
}

/** "a, b" is two values, unless the whole text names one suggestion ("Technology, Information and Internet"). */
function entriesOf(text: string, suggestions: readonly Suggestion[]): string[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  if (valueForText(trimmed, suggestions) !== undefined) return [trimmed];
  return trimmed
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * Edits a list of text values as removable chips. Where the field has a vocabulary, a typed label
 * is stored as its value ("Germany" -> "DE", "Series B" -> "series_b"): the scorer compares values.
 */
export function TextListEditor({ values, suggestions, onChange, label, testId, freeText, idPrefix }: Props) {
  const madeUpId = useId();
  const id = idPrefix ?? madeUpId;
  const [text, setText] = useState('');
  const [notice, setNotice] = useState('');

  const commit = (typed: string) => {
    const next = [...values];
    const repeated: string[] = [];
    for (const entry of entriesOf(typed, suggestions)) {
      const value = freeText ? entry : (valueForText(entry, suggestions) ?? entry);
      // The scorer ignores case, so "hubspot" next to "HubSpot" would only be noise.
      if (next.some((existing) => sameText(existing, value))) repeated.push(value);
      else next.push(value);
    }
    if (next.length > values.length) onChange(next);
    const shown = repeated.map((value) => labelForValue(value, suggestions) ?? value);
    setNotice(shown.length > 0 ? `Already in the list: ${shown.join(', ')}` : '');
    setText('');
  };

  return (
    <div class="ve-list" data-testid={testId}>
      <label for={`${id}-input`}>{label}</label>
      {values.length > 0 ? (
        <ul class="ve-chips">
          {values.map((value, index) => (
            <li key={`${index}:${value}`} class="ve-chip" data-testid="list-chip" data-value={value}>
              {labelForValue(value, suggestions) ?? value}
              <button
                type="button"
                class="ve-chip-remove"
                aria-label={`Remove ${value}`}
                onClick={() => onChange(values.filter((_, at) => at !== index))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="ve-empty">No values yet.</p>
      )}
      <div class="ve-input-row">
        <input
          id={`${id}-input`}
          type="text"
          class="ve-text"
          list={suggestions.length > 0 ? `${id}-options` : undefined}
          value={text}
          data-testid="list-value-input"
          onInput={(event) => setText(event.currentTarget.value)}
          onKeyDown={(event) => {
            const typed = event.currentTarget.value;
            const separates = event.key === ',' && !startsALabel(`${typed},`, suggestions);
            if (event.key !== 'Enter' && !separates) return;
            // Enter would submit the surrounding form; the comma is a separator, not part of a value.
            event.preventDefault();
            commit(typed);
            event.currentTarget.value = '';
          }}
        />
        <button type="button" class="ve-add" data-testid="list-value-add" onClick={() => commit(text)}>
          Add
        </button>
      </div>
      {suggestions.length > 0 && (
        <datalist id={`${id}-options`}>
          {suggestions.map((suggestion) => (
            <option key={suggestion.value} value={suggestion.label} />
          ))}
        </datalist>
      )}
      {notice && (
        <p class="ve-note" role="status">
          {notice}
        </p>
      )}
    </div>
  );
}
