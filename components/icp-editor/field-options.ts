import { operatorsForField } from '@/lib/icp/operator-field-fit';
import { OPERATORS, type OperatorId } from '@/lib/icp/operators';
import { FIELD_LABELS } from '@/lib/signals/field-labels';
import { SIGNAL_FIELDS, type SignalField } from '@/lib/signals/vocabulary';

/** Company criteria are written against company fields; person fields belong to the persona. */
const PERSON_FIELDS: ReadonlySet<SignalField> = new Set(
  SIGNAL_FIELDS.filter((field) => field.startsWith('person') || field === 'seniority'),
);

export const COMPANY_FIELD_OPTIONS: readonly { value: SignalField; label: string }[] = SIGNAL_FIELDS.filter(
  (field) => !PERSON_FIELDS.has(field),
)
  .map((field) => ({ value: field, label: FIELD_LABELS[field] }))
  .sort((a, b) => a.label.localeCompare(b.label));

/** The operators the menu offers for a field, with their readable names. */
export function operatorOptions(field: SignalField): { value: OperatorId; label: string }[] {
  return operatorsForField(field).map((id) => ({ value: id, label: OPERATORS[id].label }));
}
