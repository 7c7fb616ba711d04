import { describe, expect, it } from 'vitest';
import { defaultValueFor, type EditorOperator } from '@/lib/icp/editor/default-value';
import { OPERATOR_VALUE_SCHEMAS } from '@/lib/icp/operator-values';
import { OPERATOR_IDS } from '@/lib/icp/operators';

describe('defaultValueFor', () => {
  it.each([
    ['in_list', 'industry', []],
    ['not_in_list', 'hqCountry', []],
    ['includes_any', 'technology', []],
    ['includes_all', 'technology', []],
    ['includes_none', 'compliance', []],
    ['keyword', 'specialties', []],
    ['size_in_range', 'employeeRange', { min: 51, max: 1000 }],
    ['between', 'openRoles', { min: 1 }],
    ['within_days', 'lastFundingDate', 365],
    ['equals', 'pricingPage', true],
    ['equals', 'foundedYear', 0],
    ['equals', 'name', ''],
    ['on_list', 'domain', ''],
  ] as const)('%s on %s starts at %j', (operator, field, expected) => {
    expect(defaultValueFor(operator, field)).toStrictEqual(expected);
  });

  it('has a default for every operator the ICP format knows', () => {
    for (const operator of [...OPERATOR_IDS, 'on_list'] as EditorOperator[]) {
      expect(defaultValueFor(operator, 'name'), operator).not.toBeUndefined();
    }
  });

  it('starts a range, bounds and days at values the ICP schema accepts', () => {
    for (const operator of ['size_in_range', 'between', 'within_days'] as const) {
      const value = defaultValueFor(operator, 'employeeRange');
      expect(OPERATOR_VALUE_SCHEMAS[operator].safeParse(value).success, operator).toBe(true);
    }
  });

  it('returns a fresh value each time, so one criterion cannot change another', () => {
    const first = defaultValueFor('size_in_range', 'employeeRange');
    expect(defaultValueFor('size_in_range', 'employeeRange')).not.toBe(first);
  });

  it('knows nothing of an operator outside the format, even one named like an Object method', () => {
    expect(defaultValueFor('constructor' as EditorOperator, 'name')).toBeUndefined();
    expect(defaultValueFor('sounds_like' as EditorOperator, 'name')).toBeUndefined();
  });
});
