import {
  type AnalysisAttribute,
  ANALYSIS_ATTRIBUTES,
  type AttributeId,
  type CriterionField,
} from './attributes';
import type { LiftReport, LiftRow } from './lift-report';
import { valueKey } from './value-tally';

/** A value the user picked from the lift report: positive ones become criteria, negative ones disqualifiers. */
export interface SelectedSignal {
  attribute: AttributeId;
  value: string;
  kind: 'positive' | 'negative';
}

/** An attribute that can become a rule, with the report rows chosen for it. */
export interface ChosenAttribute {
  attribute: AnalysisAttribute;
  field: CriterionField;
  rows: LiftRow[];
}

/**
 * The chosen rows of one kind, grouped by attribute in the attributes' usual order; positive rows
 * strongest lift first, negative rows strongest churn lift first. Throws on a choice the report
 * does not hold or that names revenue.
 */
export function chosenAttributes(
  selected: readonly SelectedSignal[],
  report: LiftReport,
  kind: SelectedSignal['kind'],
): ChosenAttribute[] {
  const wanted = selected.filter((choice) => choice.kind === kind);
  const rows = wanted.map((choice) => findRow(report, choice));
  const strength = (row: LiftRow) => (kind === 'positive' ? row.lift : row.churnLift) ?? 0;
  return ANALYSIS_ATTRIBUTES.flatMap((attribute): ChosenAttribute[] => {
    const { field } = attribute;
    const own = distinct(rows.filter((row) => row.attribute === attribute.id));
    own.sort((a, b) => strength(b) - strength(a));
    return field && own.length > 0 ? [{ attribute, field, rows: own }] : [];
  });
}

function findRow(report: LiftReport, choice: SelectedSignal): LiftRow {
  const key = valueKey(choice.value);
  const row = report.rows.find((r) => r.attribute === choice.attribute && valueKey(r.value) === key);
  if (!row) {
    throw new Error(`${choice.attribute} "${choice.value}" is not in the lift report: no won account has it`);
  }
  if (!row.field) {
    throw new Error(
      `${row.attributeLabel} "${row.value}" cannot become a criterion: no page Fitcheck reads shows it`,
    );
  }
  return row;
}

/** The same value chosen twice is one value of the rule. */
function distinct(rows: readonly LiftRow[]): LiftRow[] {
  return [...new Set(rows)];
}
