import type { SuppressionListSummary } from '@/lib/suppression/list-store';

/** The lists most teams keep; their ids are the ones ICP files are written with. */
const PRESETS = [
  { id: 'customers', label: 'Customers' },
  { id: 'open-opportunities', label: 'Open opportunities' },
  { id: 'competitors', label: 'Competitors' },
  { id: 'do-not-contact', label: 'Do not contact' },
];

// Not a valid list id, so it can never clash with one.
export const OTHER_LIST = '(other)';

export interface ListSelection {
  /** A list id, or OTHER_LIST for a list named in `customLabel`. */
  option: string;
  customLabel: string;
}

export type ListTarget = { id: string; label: string } | { problem: string };

/** "Key accounts (EMEA)" -> "key-accounts-emea": the id an ICP file names the list by. */
export function listIdFromLabel(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
}

export function resolveListTarget(selection: ListSelection, existing: SuppressionListSummary[]): ListTarget {
  if (selection.option !== OTHER_LIST) {
    const known = [...PRESETS, ...existing].find((list) => list.id === selection.option);
    return known ? { id: known.id, label: known.label } : { problem: 'Choose a list.' };
  }
  const label = selection.customLabel.trim();
  const id = listIdFromLabel(label);
  return id ? { id, label } : { problem: 'Name the list with at least one letter or digit.' };
}

interface ListChooserProps {
  selection: ListSelection;
  existing: SuppressionListSummary[];
  onChange(selection: ListSelection): void;
}

/** Which list the file fills: a preset, a list imported before (replaced), or a new one. */
export function ListChooser({ selection, existing, onChange }: ListChooserProps) {
  const options = [
    ...PRESETS,
    ...existing.filter((list) => !PRESETS.some((preset) => preset.id === list.id)),
  ];
  const isStored = (id: string) => existing.some((list) => list.id === id);
  const target = resolveListTarget(selection, existing);
  return (
    <p>
      <label>
        Import into{' '}
        <select
          data-testid="suppression-list-choice"
          value={selection.option}
          onChange={(event) => onChange({ ...selection, option: event.currentTarget.value })}
        >
          {options.map((list) => (
            <option key={list.id} value={list.id}>
              {isStored(list.id) ? `${list.label} (replace the imported list)` : list.label}
            </option>
          ))}
          <option value={OTHER_LIST}>Other…</option>
        </select>
      </label>{' '}
      {selection.option === OTHER_LIST && (
        <input
          type="text"
          maxLength={200}
          placeholder="Partners"
          aria-label="Name of the new list"
          data-testid="suppression-list-label"
          value={selection.customLabel}
          onInput={(event) => onChange({ ...selection, customLabel: event.currentTarget.value })}
        />
      )}{' '}
      {'id' in target ? (
        <span class="muted" data-testid="suppression-list-id">
          ICP files name it <code>{target.id}</code>
          {isStored(target.id) && '; importing replaces the list stored under this id'}
        </span>
      ) : (
        selection.option === OTHER_LIST && <span class="muted">{target.problem}</span>
      )}
    </p>
  );
}
