import { describe, expect, it } from 'vitest';
import { contextAt, OPERATORS, type OperatorId, type OperatorValue } from '@/lib/icp/operators';
import { toListLookup } from '@/lib/suppression/suppression-index';

const NOW = new Date('2026-11-23T12:00:00Z');

/** Runs one operator row with its own value type, so each table stays type-checked. */
function check<O extends OperatorId>(
  operator: O,
  actual: string | number | boolean | string[],
  value: OperatorValue<O>,
) {
  return OPERATORS[operator].test(actual, value, contextAt(NOW));
}

describe('in_list / not_in_list', () => {
  it.each([
    ['Software Development', ['Software Development'], true],
    ['software development', ['Software Development'], true],
    ['  Software   Development ', ['Software Development'], true],
    ['Financial Services', ['Software Development', 'financial services'], true],
    ['Hospitals and Health Care', ['Software Development'], false],
    ['Software', ['Software Development'], false],
  ] as const)('in_list %j of %j -> %s', (actual, list, expected) => {
    expect(check('in_list', actual, [...list])).toBe(expected);
    expect(check('not_in_list', actual, [...list])).toBe(!expected);
  });

  it('does not treat a list fact as text', () => {
    expect(check('in_list', ['Software Development'], ['Software Development'])).toBe(false);
  });
});

describe('size_in_range', () => {
  const midMarket = { min: 100, max: 3000 };
  it.each([
    ['51-200', midMarket, true, false],
    ['201-500', midMarket, true, true],
    ['1001-5000', midMarket, true, false],
    ['11-50', midMarket, false, false],
    ['5001-10000', midMarket, false, false],
    ['10001+', midMarket, false, false],
    ['10001+', { min: 5000 }, true, true],
    ['5001-10000', { min: 5000 }, true, true],
    ['5001-10000', { min: 6000 }, true, false],
    ['1001-5000', { min: 5000 }, true, false],
    ['1-10', { min: 0, max: 10 }, true, true],
    ['2-10', { min: 10, max: 10 }, true, false],
  ] as const)('%s vs %j: overlap %s, contain %s', (band, range, overlap, contain) => {
    expect(check('size_in_range', band, { ...range })).toBe(overlap);
    expect(check('size_in_range', band, { ...range, match: 'overlap' })).toBe(overlap);
    expect(check('size_in_range', band, { ...range, match: 'contain' })).toBe(contain);
  });

  it('is false for a value that is not a size band', () => {
    expect(check('size_in_range', 'about 500', { min: 100 })).toBe(false);
    expect(check('size_in_range', 500, { min: 100 })).toBe(false);
  });
});

describe('between', () => {
  it.each([
    [10, { min: 10, max: 50 }, true],
    [50, { min: 10, max: 50 }, true],
    [9, { min: 10, max: 50 }, false],
    [51, { min: 10, max: 50 }, false],
    [1_000_000, { min: 10 }, true],
    [0, { max: 0 }, true],
    [1, { max: 0 }, false],
  ] as const)('%d in %j -> %s', (actual, bounds, expected) => {
    expect(check('between', actual, { ...bounds })).toBe(expected);
  });

  it('is false for text', () => {
    expect(check('between', '12', { min: 10 })).toBe(false);
  });
});

describe('includes_any / includes_all / includes_none', () => {
  const stack = ['HubSpot', 'Google Analytics', 'Intercom'];
  it.each([
    [['Salesforce', 'hubspot'], true, false, false],
    [['Salesforce', 'Marketo'], false, false, true],
    [['HUBSPOT', 'intercom'], true, true, false],
    [['Hub'], false, false, true],
  ] as const)('%j', (wanted, any, all, none) => {
    expect(check('includes_any', stack, [...wanted])).toBe(any);
    expect(check('includes_all', stack, [...wanted])).toBe(all);
    expect(check('includes_none', stack, [...wanted])).toBe(none);
  });

  it('is false for a text fact', () => {
    expect(check('includes_any', 'HubSpot', ['HubSpot'])).toBe(false);
    expect(check('includes_none', 'HubSpot', ['Salesforce'])).toBe(false);
  });
});

describe('keyword', () => {
  it.each([
    ['AI-powered revenue platform', ['AI'], true],
    ['We build AI.', ['ai'], true],
    ['Email marketing', ['AI'], false],
    ['Said the aide', ['AI'], false],
    ['Machine   learning ops', ['machine learning'], true],
    ['Machine learnings', ['machine learning'], false],
    ['Tools for C++ teams', ['C++'], true],
    ['Café software', ['caf'], false],
    ['Café software', ['café'], true],
    ['Über Logistik', ['über'], true],
    ['Payments (B2B)', ['(B2B)'], true],
  ] as const)('%j finds %j -> %s', (text, keywords, expected) => {
    expect(check('keyword', text, [...keywords])).toBe(expected);
  });

  it('searches each item of a list field', () => {
    expect(check('keyword', ['Sales enablement', 'Generative AI'], ['ai'])).toBe(true);
    expect(check('keyword', ['Sales enablement', 'Email'], ['ai'])).toBe(false);
  });
});

describe('within_days (now = 2026-11-23)', () => {
  it.each([
    ['2026-11-23', 1, true],
    ['2026-11-22', 1, true],
    ['2025-11-23', 365, true],
    ['2025-11-22', 365, false],
    ['2026-06-12', 164, true],
    ['2026-06-12', 163, false],
    ['2026-11-24', 365, false],
    ['2027-01-01', 365, false],
    // A month date counts as its last day: 2026-05-31 is 176 days before 2026-11-23.
    ['2026-05', 176, true],
    ['2026-05', 175, false],
    // The current month counts as today, not as the future.
    ['2026-11', 1, true],
    ['2026-12', 365, false],
    ['2026-02-30', 365, false],
    ['2026-13', 365, false],
    ['last spring', 365, false],
  ] as const)('%s within %d days -> %s', (date, days, expected) => {
    expect(check('within_days', date, days)).toBe(expected);
  });

  it('counts calendar days, whatever the hour of now', () => {
    const lateEvening = new Date('2026-11-23T23:59:59Z');
    expect(OPERATORS.within_days.test('2026-11-22', 1, contextAt(lateEvening))).toBe(true);
    expect(OPERATORS.within_days.test('2026-11-21', 1, contextAt(lateEvening))).toBe(false);
  });
});

describe('on_list', () => {
  const lists = new Map([
    ['customers', toListLookup({ domains: ['acme.com', 'zenith.co.uk'], linkedinSlugs: ['acme-corp'] })],
  ]);
  const onList = (fact: string, listId = 'customers') =>
    OPERATORS.on_list.test(fact, listId, contextAt(NOW, lists));

  it.each([
    ['acme.com', true],
    ['zenith.co.uk', true],
    ['globex.com', false],
    ['https://www.linkedin.com/company/acme-corp/', true],
    ['https://de.linkedin.com/company/ACME-CORP/about/', true],
    ['https://www.linkedin.com/company/globex/', false],
  ] as const)('%s on the customers list -> %s', (fact, expected) => {
    expect(onList(fact)).toBe(expected);
  });

  it('cannot tell when the list was never imported', () => {
    expect(onList('acme.com', 'competitors')).toBeUndefined();
  });

  it('is never true of a fact that is not a company identity', () => {
    expect(OPERATORS.on_list.test(['acme.com'], 'customers', contextAt(NOW, lists))).toBe(false);
  });
});

describe('equals', () => {
  it.each([
    ['private', 'Private', true],
    ['private', 'public', false],
    [12, 12, true],
    [12, '12', false],
    [true, true, true],
    [false, true, false],
  ] as const)('%j equals %j -> %s', (actual, value, expected) => {
    expect(check('equals', actual, value)).toBe(expected);
  });
});

describe('describe', () => {
  it.each([
    [
      'in_list',
      ['Software Development', 'Financial Services'],
      'one of Software Development, Financial Services',
    ],
    ['in_list', ['US'], 'US'],
    ['not_in_list', ['RU', 'BY'], 'none of RU, BY'],
    ['size_in_range', { min: 100, max: 3000 }, '100–3,000 employees (band overlaps)'],
    ['size_in_range', { min: 5000, match: 'contain' }, '5,000+ employees (whole band inside)'],
    ['between', { min: 10, max: 50 }, 'between 10 and 50'],
    ['between', { min: 10 }, 'at least 10'],
    ['between', { max: 50 }, 'at most 50'],
    ['includes_any', ['Salesforce', 'HubSpot'], 'any of Salesforce, HubSpot'],
    ['includes_all', ['Salesforce', 'HubSpot'], 'all of Salesforce, HubSpot'],
    ['includes_none', ['Salesforce'], 'none of Salesforce'],
    ['keyword', ['AI', 'machine learning'], 'mentions "AI" or "machine learning"'],
    ['within_days', 365, 'within the last 365 days'],
    ['within_days', 1, 'within the last day'],
    ['equals', true, 'true'],
    ['on_list', 'customers', 'on the "customers" list'],
  ] as const)('%s %j reads "%s"', (operator, value, expected) => {
    const row = OPERATORS[operator] as { describe(value: unknown): string };
    expect(row.describe(value)).toBe(expected);
  });

  it('formats each item the way the field shows it', () => {
    const upper = (item: string | number | boolean) => String(item).toUpperCase();
    expect(OPERATORS.in_list.describe(['series_b', 'series_c'], upper)).toBe('one of SERIES_B, SERIES_C');
  });
});
