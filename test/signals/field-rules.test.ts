import { describe, expect, it } from 'vitest';
import { fitsField } from '@/lib/signals/field-rules';
import { FIELD_VALUE_SCHEMAS, SIGNAL_FIELDS } from '@/lib/signals/vocabulary';

/** Values of every shape a page could yield, right and wrong for some field each. */
const CANDIDATES: unknown[] = [
  'Acme',
  '  Acme  ',
  '',
  '   ',
  'x'.repeat(2000),
  'x'.repeat(2001),
  'acme.com',
  'www.acme.com',
  'Acme.com',
  'https://www.linkedin.com/company/acme/',
  'https://www.linkedin.com/in/jane-doe/',
  'http://www.linkedin.com/company/acme/',
  '1035',
  '1001-5000',
  '10001+',
  '51 - 200',
  'US',
  'us',
  'USA',
  '2024-05-01',
  '2024-05',
  '05/01/2024',
  'private',
  'series_b',
  'series_k',
  'c_level',
  0,
  12,
  -1,
  1.5,
  999,
  1952,
  2101,
  true,
  false,
  null,
  undefined,
  [],
  ['HubSpot'],
  ['HubSpot', ''],
  ['soc2', 'gdpr'],
  ['soc2', 'sox'],
  [1, 2],
  { value: 'Acme' },
];

describe('field rules (the content scripts check) and zod schemas (the background parses with)', () => {
  it.each(SIGNAL_FIELDS)('agree on every candidate value for %s', (field) => {
    for (const value of CANDIDATES) {
      const zodSays = FIELD_VALUE_SCHEMAS[field].safeParse(value).success;
      expect({ value, fits: fitsField(field, value) }).toEqual({ value, fits: zodSays });
    }
  });

  it('accept and refuse something for every field, so the comparison means something', () => {
    for (const field of SIGNAL_FIELDS) {
      const verdicts = new Set(CANDIDATES.map((value) => fitsField(field, value)));
      expect([field, [...verdicts].sort()]).toEqual([field, [false, true]]);
    }
  });
});
