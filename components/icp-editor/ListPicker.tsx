import type { ValueChoices } from './value-choices';

interface Props {
  /** The list id the criterion names; '' before one is chosen. */
  value: string;
  lists: ValueChoices['lists'];
  onChange(listId: string): void;
}

const count = new Intl.NumberFormat('en-US');
const entries = (n: number): string => `${count.format(n)} ${n === 1 ? 'entry' : 'entries'}`;

/**
 * on_list: picks one imported suppression list. An ICP may name a list this browser has not
 * imported yet (a shared team file); it stays selectable so opening the editor does not change it.
 */
export function ListPicker({ value, lists, onChange }: Props) {
  const missing = value !== '' && !lists.some((list) => list.id === value);
  return (
    <div class="ve-list-picker">
      <label>
        <span>Suppression list</span>
        <select
          class="ve-select"
          data-testid="list-picker"
          value={value}
          onChange={(event) => onChange(event.currentTarget.value)}
        >
          {value === '' && (
            <option value="" disabled>
              Choose a list…
            </option>
          )}
          {lists.map((list) => (
            <option key={list.id} value={list.id}>{`${list.label} (${entries(list.count)})`}</option>
          ))}
          {missing && <option value={value}>{`${value} (not imported)`}</option>}
        </select>
      </label>
      {missing && (
        <p class="ve-warning" data-testid="list-not-imported">
          The “{value}” list is not imported in this browser: until it is, this rule reads as unknown.
        </p>
      )}
      {lists.length === 0 && <p class="ve-note">No suppression lists imported yet.</p>}
    </div>
  );
}
