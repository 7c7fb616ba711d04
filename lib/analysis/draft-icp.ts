import { toIdSlug } from '@/lib/icp/editor/unique-id';
import {
  CURRENT_ICP_FORMAT_VERSION,
  type Criterion,
  type Disqualifier,
  ICP_FORMAT,
  type Icp,
  type Tier,
} from '@/lib/icp/schema';
import { type ChosenAttribute, chosenAttributes, type SelectedSignal } from './chosen-signals';
import { draftRule } from './draft-rules';
import type { LiftReport } from './lift-report';
import { describeChurnLift, describeLift, topGroupLabel } from './signal-wording';

export type { SelectedSignal } from './chosen-signals';

export interface DraftIcpOptions {
  name: string;
  /** Defaults to the name as an id ("Fintech mid-market" -> "fintech-mid-market"). */
  id?: string;
  /** YYYY-MM-DD: the draft was reviewed against the deals today. */
  today: string;
}

/** Weight = round(WEIGHT_PER_LIFT × the strongest lift among the chosen values), never below MIN_WEIGHT. */
export const WEIGHT_PER_LIFT = 10;
export const MIN_WEIGHT = 5;

/**
 * The sample ICP's colours and badges. A draft has few criteria, so 70 asks an account to match
 * most of the weight, usually all but the lightest criterion, and 40 about half of it.
 */
export const DRAFT_TIERS: Tier[] = [
  { id: 'strong-fit', label: 'Strong fit', badge: 'A', minScore: 70, color: '#16a34a' },
  { id: 'possible-fit', label: 'Possible fit', badge: 'B', minScore: 40, color: '#ca8a04' },
  { id: 'poor-fit', label: 'Poor fit', badge: 'C', minScore: 0, color: '#dc2626' },
];

/**
 * A first ICP from the signals the user chose in the lift report: one criterion per attribute,
 * one disqualifier per attribute, every rationale and reason quoting the numbers behind it. A
 * draft to review in the editor, not a verdict. Throws when a choice is not in the report, names
 * revenue (no page shows it, so no criterion can test it), or no positive signal is chosen.
 */
export function draftIcpFromSignals(
  selected: readonly SelectedSignal[],
  report: LiftReport,
  options: DraftIcpOptions,
): Icp {
  const positive = chosenAttributes(selected, report, 'positive');
  const negative = chosenAttributes(selected, report, 'negative');
  if (positive.length === 0) throw new Error('choose at least one positive signal: an ICP needs a criterion');
  const topLabel = topGroupLabel(report.topShare);
  const criteria = positive.map((chosen) => draftCriterion(chosen, topLabel));
  const disqualifiers = negative.map(draftDisqualifier);
  return {
    format: ICP_FORMAT,
    formatVersion: CURRENT_ICP_FORMAT_VERSION,
    id: options.id ?? (toIdSlug(options.name) || 'crm-draft'),
    name: options.name,
    description: describeDraft(report),
    version: 1,
    reviewedAt: options.today,
    criteria,
    disqualifiers,
    tiers: DRAFT_TIERS.map((tier) => ({ ...tier })),
  };
}

function draftCriterion({ attribute, field, rows }: ChosenAttribute, topLabel: string): Criterion {
  const values = rows.map((row) => row.value);
  const strongest = Math.max(...rows.map((row) => row.lift ?? 0));
  return {
    id: toIdSlug(attribute.label),
    label: `${attribute.label}: ${values.join(', ')}`,
    layer: attribute.layer,
    weight: Math.max(MIN_WEIGHT, Math.round(WEIGHT_PER_LIFT * strongest)),
    mustHave: false,
    rationale: rows.map((row) => describeLift(row, topLabel)).join(' '),
    ...draftRule(field, values, 'criterion'),
  };
}

function draftDisqualifier({ attribute, field, rows }: ChosenAttribute): Disqualifier {
  const values = rows.map((row) => row.value);
  return {
    id: `churn-${toIdSlug(attribute.label)}`,
    label: `Churn-prone ${attribute.label.toLowerCase()}: ${values.join(', ')}`,
    reason: rows.map(describeChurnLift).join(' '),
    ...draftRule(field, values, 'disqualifier'),
  };
}

function describeDraft(report: LiftReport): string {
  const { base, rankedCustomers, top } = report.groups;
  const threshold =
    report.topValueThreshold === undefined ? '' : ` (value ${report.topValueThreshold} or more)`;
  return (
    `Drafted from a CRM export: ${base} won accounts; the best ${top} of ${rankedCustomers} ranked customers${threshold}. ` +
    'Weights follow the lift; review them before sharing.'
  );
}
