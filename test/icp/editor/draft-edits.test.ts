import { describe, expect, it } from 'vitest';
import {
  addCriterion,
  addDisqualifier,
  addTier,
  changeRuleField,
  changeRuleOperator,
  changeRuleValue,
  removeRule,
  removeTier,
  updateHeader,
  updatePersona,
  updateRule,
  updateTier,
} from '@/lib/icp/editor/draft-edits';
import { checkDraft, issuesAt } from '@/lib/icp/editor/draft-issues';
import { SAMPLE_ICP } from '@/lib/icp/sample-icp';

const sizeIndex = SAMPLE_ICP.criteria.findIndex((c) => c.id === 'company-size');

describe('draft edits', () => {
  it('changes a weight and a must-have without touching the rest, and the result is still valid', () => {
    const draft = updateRule(SAMPLE_ICP, 'criteria', 0, { weight: 35, mustHave: false });
    expect(draft.criteria[0]).toMatchObject({ weight: 35, mustHave: false, field: 'industry' });
    expect(draft.criteria.slice(1)).toEqual(SAMPLE_ICP.criteria.slice(1));
    expect(SAMPLE_ICP.criteria[0]?.weight).toBe(20);
    expect(checkDraft(draft)).toEqual([]);
  });

  it('keeps the operator and value when the new field still fits them, and starts over when not', () => {
    const sameKind = changeRuleField(SAMPLE_ICP, 'criteria', 0, 'hqCity');
    expect(sameKind.criteria[0]).toMatchObject({ field: 'hqCity', operator: 'in_list' });
    expect(sameKind.criteria[0]?.value).toEqual(SAMPLE_ICP.criteria[0]?.value);
    const otherKind = changeRuleField(SAMPLE_ICP, 'criteria', 0, 'technology');
    expect(otherKind.criteria[0]).toMatchObject({ field: 'technology', operator: 'includes_any', value: [] });
  });

  it('gives a new operator its own starting value', () => {
    const draft = changeRuleOperator(SAMPLE_ICP, 'criteria', sizeIndex, 'in_list');
    expect(draft.criteria[sizeIndex]).toMatchObject({ operator: 'in_list', value: [] });
    expect(changeRuleOperator(SAMPLE_ICP, 'criteria', 0, 'in_list')).toEqual(SAMPLE_ICP);
  });

  it('adds a criterion per layer with a unique id, which asks for a rationale and values before saving', () => {
    const draft = addCriterion(addCriterion(SAMPLE_ICP, 'technographic'), 'technographic');
    const added = draft.criteria.slice(-2);
    expect(added.map((c) => [c.id, c.field, c.operator])).toEqual([
      ['criterion', 'technology', 'includes_any'],
      ['criterion-2', 'technology', 'includes_any'],
    ]);
    const at = `criteria[${draft.criteria.length - 1}]`;
    expect(
      issuesAt(checkDraft(draft), at)
        .map((issue) => issue.path)
        .sort(),
    ).toEqual([`${at}.rationale`, `${at}.value`]);
    const fixed = changeRuleValue(
      updateRule(draft, 'criteria', draft.criteria.length - 1, { rationale: 'They run HubSpot.' }),
      'criteria',
      draft.criteria.length - 1,
      ['HubSpot'],
    );
    expect(issuesAt(checkDraft(fixed), at)).toEqual([]);
  });

  it('adds a suppression-list disqualifier and removes rules by position', () => {
    const draft = addDisqualifier(SAMPLE_ICP, 'customers');
    expect(draft.disqualifiers.at(-1)).toMatchObject({
      id: 'customers',
      field: 'domain',
      operator: 'on_list',
      value: 'customers',
    });
    const removed = removeRule(draft, 'disqualifiers', 0);
    expect(removed.disqualifiers.map((d) => d.id)).toEqual(draft.disqualifiers.slice(1).map((d) => d.id));
  });

  it('edits tiers, and the checks catch two tiers starting at the same score', () => {
    const draft = updateTier(addTier(SAMPLE_ICP), 3, { minScore: 60 });
    expect(issuesAt(checkDraft(draft), 'tiers').map((i) => i.message)).toEqual([
      'tiers yellow and tier overlap: both start at 60',
    ]);
    expect(checkDraft(removeTier(draft, 3))).toEqual([]);
  });

  it('edits and removes the persona', () => {
    const draft = updatePersona(SAMPLE_ICP, { titles: ['CRO'] });
    expect(draft.persona?.titles).toEqual(['CRO']);
    expect(draft.persona?.seniority).toEqual(SAMPLE_ICP.persona?.seniority);
    expect(updatePersona(SAMPLE_ICP, undefined).persona).toBeUndefined();
    const fresh = updatePersona(updatePersona(SAMPLE_ICP, undefined), { keywords: ['sales'] });
    expect(fresh.persona).toMatchObject({ keywords: ['sales'], titles: [] });
  });

  it('leaves out an emptied description instead of storing blank text', () => {
    const draft = updateHeader(SAMPLE_ICP, { description: '' });
    expect('description' in draft).toBe(false);
    expect(checkDraft(draft)).toEqual([]);
  });
});

describe('issuesAt', () => {
  it('picks the issues inside one entry and not those of an entry with a longer index', () => {
    const issues = [
      { path: 'criteria[2].weight', message: 'a' },
      { path: 'criteria[20].weight', message: 'b' },
      { path: 'criteria[2]', message: 'c' },
    ];
    expect(issuesAt(issues, 'criteria[2]').map((i) => i.message)).toEqual(['a', 'c']);
  });
});
