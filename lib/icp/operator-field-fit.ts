import { FIELD_KINDS, type FieldKind, type SignalField } from '@/lib/signals/vocabulary';
import { OPERATOR_IDS, OPERATORS, type OperatorId } from './operators';

/** A field of each kind, named in messages so the reader sees a real example. */
const EXAMPLE_FIELD: Record<FieldKind, SignalField> = {
  text: 'industry',
  integer: 'openRoles',
  list: 'technology',
  boolean: 'freeTrial',
  date: 'lastFundingDate',
  range: 'employeeRange',
};

const KIND_NAME: Record<FieldKind, string> = {
  text: 'text',
  integer: 'number',
  list: 'list',
  boolean: 'true/false',
  date: 'date',
  range: 'size band',
};

const WHAT_KIND_HOLDS: Record<FieldKind, string> = {
  text: 'one text value',
  integer: 'a whole number',
  list: 'a list of values',
  boolean: 'true or false',
  date: 'a date',
  range: 'a size band such as 1001-5000',
};

/** The operator to suggest when someone picked one that does not fit the field. */
const USUAL_OPERATOR: Record<FieldKind, OperatorId> = {
  text: 'in_list',
  integer: 'between',
  list: 'includes_any',
  boolean: 'equals',
  date: 'within_days',
  range: 'size_in_range',
};

/**
 * Why the operator cannot test the field, or undefined when it can. For example: "operator
 * includes_any needs a list field such as technology; industry holds one text value, use in_list".
 */
export function operatorFieldMismatch(operatorId: OperatorId, field: SignalField): string | undefined {
  const { fieldKinds: kinds, fields } = OPERATORS[operatorId];
  if (fields && !fields.includes(field)) {
    return `operator ${operatorId} works on ${orList([...fields])} only (got ${field})`;
  }
  const fieldKind = FIELD_KINDS[field];
  if (kinds.includes(fieldKind)) return undefined;
  const needs = `${orList(kinds.map((kind) => KIND_NAME[kind]))} field such as ${orList(
    kinds.map((kind) => EXAMPLE_FIELD[kind]),
  )}`;
  const article = /^[aeiou]/.test(needs) ? 'an' : 'a';
  return `operator ${operatorId} needs ${article} ${needs}; ${field} holds ${WHAT_KIND_HOLDS[fieldKind]}, use ${USUAL_OPERATOR[fieldKind]}`;
}

/** The operator a new rule on this field starts with. */
export function usualOperatorFor(field: SignalField): OperatorId {
  return USUAL_OPERATOR[FIELD_KINDS[field]];
}

/** The operators that can test this field, for the editor's operator menu. */
export function operatorsForField(field: SignalField): OperatorId[] {
  return OPERATOR_IDS.filter((id) => operatorFieldMismatch(id, field) === undefined);
}

function orList(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}
