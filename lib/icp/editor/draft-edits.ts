import type { SignalField } from '@/lib/signals/vocabulary';
import { operatorFieldMismatch, usualOperatorFor } from '../operator-field-fit';
import type { OperatorId } from '../operators';
import type { Criterion, Disqualifier, Icp, Layer, Persona, Tier } from '../schema';
import { defaultValueFor } from './default-value';
import { uniqueId } from './unique-id';

/*
 * The edits the ICP editor makes, as pure functions from one draft to the next (the history keeps
 * every draft for undo). A draft has the ICP's shape but may hold values the checks refuse while
 * the user is typing; draft-issues.ts says which, and only a draft without issues is saved.
 */

export type RuleList = 'criteria' | 'disqualifiers';
type Rule = Criterion | Disqualifier;
export type RulePatch = Partial<Omit<Criterion, 'operator' | 'value' | 'field'>> &
  Partial<Pick<Disqualifier, 'reason'>>;

/** The field a new criterion of each layer starts with: the one most ICPs ask about there. */
const FIRST_FIELD: Record<Layer, SignalField> = {
  firmographic: 'industry',
  technographic: 'technology',
  operational: 'compliance',
  behavioral: 'lastFundingDate',
};

export function updateRule(draft: Icp, list: RuleList, index: number, patch: RulePatch): Icp {
  return mapRule(draft, list, index, (rule) => ({ ...rule, ...patch }) as Rule);
}

/** A new field keeps the operator when it still fits (and its value), else starts over with the usual one. */
export function changeRuleField(draft: Icp, list: RuleList, index: number, field: SignalField): Icp {
  return mapRule(draft, list, index, (rule) => {
    if (operatorFieldMismatch(rule.operator, field) === undefined) return { ...rule, field } as Rule;
    const operator = usualOperatorFor(field);
    return { ...rule, field, operator, value: defaultValueFor(operator, field) } as Rule;
  });
}

export function changeRuleOperator(draft: Icp, list: RuleList, index: number, operator: OperatorId): Icp {
  return mapRule(draft, list, index, (rule) =>
    rule.operator === operator
      ? rule
      : ({ ...rule, operator, value: defaultValueFor(operator, rule.field) } as Rule),
  );
}

export function changeRuleValue(draft: Icp, list: RuleList, index: number, value: unknown): Icp {
  return mapRule(draft, list, index, (rule) => ({ ...rule, value }) as Rule);
}

export function addCriterion(draft: Icp, layer: Layer): Icp {
  const field = FIRST_FIELD[layer];
  const operator = usualOperatorFor(field);
  const criterion = {
    id: uniqueId('criterion', takenRuleIds(draft)),
    label: 'New criterion',
    layer,
    field,
    operator,
    value: defaultValueFor(operator, field),
    weight: 10,
    mustHave: false,
    rationale: '',
  } as Criterion;
  return { ...draft, criteria: [...draft.criteria, criterion] };
}

/** A new disqualifier; with a list id it is the usual "already on our customer list" kind. */
export function addDisqualifier(draft: Icp, listId?: string): Icp {
  const field: SignalField = 'domain';
  const operator: OperatorId = listId === undefined ? 'in_list' : 'on_list';
  const disqualifier = {
    id: uniqueId(listId ?? 'disqualifier', takenRuleIds(draft)),
    label: listId === undefined ? 'New disqualifier' : `On the ${listId} list`,
    field,
    operator,
    value: listId ?? defaultValueFor(operator, field),
    reason: '',
  } as Disqualifier;
  return { ...draft, disqualifiers: [...draft.disqualifiers, disqualifier] };
}

export function removeRule(draft: Icp, list: RuleList, index: number): Icp {
  return { ...draft, [list]: draft[list].filter((_, at) => at !== index) };
}

export function updateTier(draft: Icp, index: number, patch: Partial<Tier>): Icp {
  return { ...draft, tiers: draft.tiers.map((tier, at) => (at === index ? { ...tier, ...patch } : tier)) };
}

export function addTier(draft: Icp): Icp {
  const id = uniqueId('tier', new Set(draft.tiers.map((tier) => tier.id)));
  const tier: Tier = { id, label: 'New tier', badge: 'N', minScore: 50, color: '#2563eb' };
  return { ...draft, tiers: [...draft.tiers, tier] };
}

export function removeTier(draft: Icp, index: number): Icp {
  return { ...draft, tiers: draft.tiers.filter((_, at) => at !== index) };
}

/** Undefined removes the persona; a patch starts from an empty one when there is none yet. */
export function updatePersona(draft: Icp, patch: Partial<Persona> | undefined): Icp {
  if (patch === undefined) {
    const { persona: _removed, ...rest } = draft;
    return rest;
  }
  const empty: Persona = {
    titles: [],
    excludedTitles: [],
    keywords: [],
    excludedKeywords: [],
    seniority: [],
    excludedSeniority: [],
  };
  return { ...draft, persona: { ...(draft.persona ?? empty), ...patch } };
}

export function updateHeader(
  draft: Icp,
  patch: Partial<Pick<Icp, 'name' | 'description' | 'segmentOf'>>,
): Icp {
  const next = { ...draft, ...patch };
  // An emptied optional text is left out, not stored as "": the file format refuses blank text.
  if (next.description === '') delete next.description;
  if (next.segmentOf === '') delete next.segmentOf;
  return next;
}

function mapRule(draft: Icp, list: RuleList, index: number, change: (rule: Rule) => Rule): Icp {
  const rules = draft[list] as readonly Rule[];
  return { ...draft, [list]: rules.map((rule, at) => (at === index ? change(rule) : rule)) };
}

function takenRuleIds(draft: Icp): Set<string> {
  return new Set([...draft.criteria, ...draft.disqualifiers].map((rule) => rule.id));
}
