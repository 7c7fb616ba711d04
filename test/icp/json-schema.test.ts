import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { icpJsonSchemaText } from '@/lib/icp/icp-json-schema';

const PUBLISHED = new URL('../../docs/icp.schema.json', import.meta.url);

describe('docs/icp.schema.json', () => {
  it('is what `npm run docs:schema` writes from the current ICP schema', () => {
    // When this fails, the file format changed: run `npm run docs:schema` and commit the result.
    expect(readFileSync(PUBLISHED, 'utf8')).toBe(icpJsonSchemaText());
  });

  it('publishes the operators and fields the format accepts', () => {
    const schema = JSON.parse(icpJsonSchemaText());
    const variants: { properties: { operator: { const: string } } }[] =
      schema.properties.criteria.items.oneOf;
    expect(variants.map((variant) => variant.properties.operator.const)).toEqual([
      'in_list',
      'not_in_list',
      'size_in_range',
      'between',
      'includes_any',
      'includes_all',
      'includes_none',
      'keyword',
      'within_days',
      'equals',
      'on_list',
    ]);
    expect(schema.$defs.SignalField.enum).toContain('employeeRange');
    expect(schema.required).toEqual([
      'format',
      'formatVersion',
      'id',
      'name',
      'version',
      'reviewedAt',
      'criteria',
      'tiers',
    ]);
  });
});
