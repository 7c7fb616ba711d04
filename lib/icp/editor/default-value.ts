import type { OperatorId } from '@/lib/icp/operators';
import { FIELD_KINDS, type SignalField } from '@/lib/signals/vocabulary';

/** Kept as a name of its own: the editor offers every operator of the ICP format. */
export type EditorOperator = OperatorId;

/**
 * The value a criterion starts with when the user picks an operator. The old value is never
 * converted: shapes differ between operators, and a half-converted value would mislead. Each entry
 * is a function so every call returns a fresh object that the caller may keep and change.
 *
 * - text lists start empty: the user adds the values; the ICP check asks for at least one.
 * - size_in_range starts at 51-1,000 employees, the mid-market span most B2B ICPs begin from.
 * - between starts at "at least 1": the common question is "has any" (open roles, locations).
 * - within_days starts at one year, the usual window for "recently funded".
 * - equals starts at true on a yes/no field (pricing page, free trial: "has one"), 0 on a number
 *   field and '' on a text field; a number or text is the user's to type.
 * - on_list starts unchosen (''): the user picks one of the imported lists.
 */
const DEFAULT_VALUES: Record<EditorOperator, (field: SignalField) => unknown> = {
  in_list: () => [],
  not_in_list: () => [],
  includes_any: () => [],
  includes_all: () => [],
  includes_none: () => [],
  keyword: () => [],
  size_in_range: () => ({ min: 51, max: 1000 }),
  between: () => ({ min: 1 }),
  within_days: () => 365,
  equals: (field) => {
    const kind = FIELD_KINDS[field];
    if (kind === 'boolean') return true;
    return kind === 'integer' ? 0 : '';
  },
  on_list: () => '',
};

/** The starting value for `operator` on `field`; undefined for an operator this editor does not know. */
export function defaultValueFor(operator: EditorOperator, field: SignalField): unknown {
  // hasOwn: an operator read from a file could be "constructor", which every object answers to.
  return Object.hasOwn(DEFAULT_VALUES, operator) ? DEFAULT_VALUES[operator](field) : undefined;
}
