import { describe, expect, it } from 'vitest';
import { type IcpParseResult, parseIcpText, parseIcpValue } from '@/lib/icp/parse-icp-file';
import { SAMPLE_ICP } from '@/lib/icp/sample-icp';

/** The sample as a file someone edited: a plain JSON object we can break on purpose. */
function sampleFile(): Record<string, unknown> & {
  criteria: Record<string, unknown>[];
  tiers: Record<string, unknown>[];
} {
  return JSON.parse(JSON.stringify(SAMPLE_ICP));
}

function errorsOf(result: IcpParseResult) {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors;
}

describe('parseIcpText / parseIcpValue', () => {
  it('reads the sample ICP, from text and from a value', () => {
    const fromText = parseIcpText(JSON.stringify(SAMPLE_ICP, null, 2));
    expect(fromText).toEqual({ ok: true, icp: SAMPLE_ICP });
    expect(parseIcpValue(sampleFile())).toEqual({ ok: true, icp: SAMPLE_ICP });
  });

  it('fills the defaults a hand-written file may leave out', () => {
    const file = sampleFile();
    delete file.disqualifiers;
    delete file.criteria[2]?.mustHave;
    const result = parseIcpValue(file);
    expect(result.ok && result.icp.disqualifiers).toEqual([]);
    expect(result.ok && result.icp.criteria[2]?.mustHave).toBe(false);
  });

  it('says where the JSON breaks, by line and column', () => {
    const text = '{\n  "format": "fitcheck-icp",\n  formatVersion: 1\n}';
    expect(errorsOf(parseIcpText(text))).toEqual([
      { path: '(file)', message: 'not valid JSON: Expected double-quoted property name at line 3, column 3' },
    ]);
  });

  it('refuses an empty file and a file that is not one object', () => {
    expect(errorsOf(parseIcpText('  \n'))).toEqual([{ path: '(file)', message: 'the file is empty' }]);
    expect(errorsOf(parseIcpText('[]'))[0]?.path).toBe('(file)');
    expect(errorsOf(parseIcpValue(null))[0]?.path).toBe('(file)');
  });

  it('refuses an ICP without criteria', () => {
    const file = sampleFile();
    file.criteria = [];
    expect(errorsOf(parseIcpValue(file))).toEqual([
      { path: 'criteria', message: 'an ICP needs at least one criterion' },
    ]);
  });

  it.each([
    [-5, 'weight must be greater than 0 (got -5)'],
    [0, 'weight must be greater than 0 (got 0)'],
  ])('refuses weight %d with the path of the criterion', (weight, message) => {
    const file = sampleFile();
    file.criteria[0] = { ...file.criteria[0], weight };
    expect(errorsOf(parseIcpValue(file))).toEqual([{ path: 'criteria[0].weight', message }]);
  });

  it('refuses two tiers that start at the same score', () => {
    const file = sampleFile();
    file.tiers[1] = { ...file.tiers[1], minScore: 80 };
    expect(errorsOf(parseIcpValue(file))).toEqual([
      { path: 'tiers[1].minScore', message: 'tiers green and yellow overlap: both start at 80' },
    ]);
  });

  it('refuses tiers with none starting at 0', () => {
    const file = sampleFile();
    file.tiers[2] = { ...file.tiers[2], minScore: 10 };
    expect(errorsOf(parseIcpValue(file))).toEqual([
      {
        path: 'tiers',
        message:
          "no tier starts at 0, so a low score would have no tier; set the lowest tier's minScore to 0",
      },
    ]);
  });

  it('refuses the reserved tier id, a long badge and a color that is not #rrggbb', () => {
    const file = sampleFile();
    file.tiers[0] = { ...file.tiers[0], id: 'disqualified', badge: 'GREAT', color: 'green' };
    expect(errorsOf(parseIcpValue(file)).map((error) => error.path)).toEqual([
      'tiers[0].badge',
      'tiers[0].color',
      'tiers[0].id',
    ]);
  });

  it('refuses an operator that does not fit the field, and says which would', () => {
    const file = sampleFile();
    file.criteria[0] = { ...file.criteria[0], operator: 'includes_any' };
    expect(errorsOf(parseIcpValue(file))).toEqual([
      {
        path: 'criteria[0].operator',
        message:
          'operator includes_any needs a list field such as technology; industry holds one text value, use in_list',
      },
    ]);
  });

  it('refuses a country written "USA" and hints at "US"', () => {
    const file = sampleFile();
    file.criteria[2] = { ...file.criteria[2], value: ['USA', 'gb', 'CA', 'XX'] };
    expect(errorsOf(parseIcpValue(file))).toEqual([
      {
        path: 'criteria[2].value[0]',
        message: '"USA" is not an ISO 3166-1 two-letter country code; use "US"',
      },
      {
        path: 'criteria[2].value[1]',
        message: '"gb": country codes are written as two capital letters, use "GB"',
      },
      {
        path: 'criteria[2].value[3]',
        message: '"XX" is not an ISO 3166-1 country code such as US, GB or DE',
      },
    ]);
  });

  it('refuses enum values outside the vocabulary, listing or suggesting the allowed ones', () => {
    const file = sampleFile();
    file.criteria[4] = { ...file.criteria[4], value: ['Series B', 'unicorn'] };
    const errors = errorsOf(parseIcpValue(file));
    expect(errors[0]).toEqual({
      path: 'criteria[4].value[0]',
      message: '"Series B" is not a funding stage Fitcheck knows; write it as "series_b"',
    });
    expect(errors[1]?.path).toBe('criteria[4].value[1]');
    expect(errors[1]?.message).toContain('use one of: pre_seed, seed, series_a, series_b');
  });

  it('refuses a competitor domain that is not a bare lowercase domain', () => {
    const file = sampleFile();
    const disqualifiers = file.disqualifiers as Record<string, unknown>[];
    disqualifiers[0] = { ...disqualifiers[0], value: ['https://www.Quotaly.io/'] };
    expect(errorsOf(parseIcpValue(file))).toEqual([
      {
        path: 'disqualifiers[0].value[0]',
        message: '"https://www.Quotaly.io/" is not a bare lowercase domain; write "quotaly.io"',
      },
    ]);
  });

  it('refuses an id used twice across criteria and disqualifiers', () => {
    const file = sampleFile();
    file.criteria[3] = { ...file.criteria[3], id: 'competitor' };
    expect(errorsOf(parseIcpValue(file))).toEqual([
      {
        path: 'disqualifiers[0].id',
        message:
          'id "competitor" is already used by criteria[3]; give every criterion and disqualifier its own id',
      },
    ]);
  });

  it('refuses a file from a newer Fitcheck, and one without a format version', () => {
    expect(errorsOf(parseIcpValue({ ...sampleFile(), formatVersion: 3 }))).toEqual([
      {
        path: 'formatVersion',
        message: 'this file was written by a newer Fitcheck (format 3); this version reads format 2',
      },
    ]);
    const file = sampleFile();
    delete file.formatVersion;
    expect(errorsOf(parseIcpValue(file))).toEqual([
      { path: 'formatVersion', message: 'missing: add "formatVersion": 2' },
    ]);
  });

  it('migrates a format-1 file (written before segments and lists) to the current format', () => {
    const result = parseIcpValue({ ...sampleFile(), formatVersion: 1 });
    expect(result.ok && result.icp.formatVersion).toBe(2);
    expect(result.ok && result.icp.criteria).toEqual(sampleFile().criteria);
  });

  it('refuses a file that is not an ICP file', () => {
    expect(errorsOf(parseIcpValue({ ...sampleFile(), format: 'hubspot-export' }))).toEqual([
      {
        path: 'format',
        message: 'must be "fitcheck-icp" (got "hubspot-export"); is this a Fitcheck ICP file?',
      },
    ]);
  });

  it('refuses an unknown field name and lists the fields', () => {
    const file = sampleFile();
    file.criteria[1] = { ...file.criteria[1], field: 'headcount' };
    const [error, ...others] = errorsOf(parseIcpValue(file));
    expect(others).toEqual([]);
    expect(error?.path).toBe('criteria[1].field');
    expect(error?.message).toMatch(
      /^"headcount" is not a field Fitcheck reads; use one of: name, domain, .*employeeRange/,
    );
  });

  it('refuses an unknown operator, a misspelt key and a wrong value shape', () => {
    const file = sampleFile();
    file.criteria[0] = { ...file.criteria[0], operator: 'contains' };
    file.criteria[1] = { ...file.criteria[1], mustHve: true };
    file.criteria[5] = { ...file.criteria[5], value: '365' };
    expect(errorsOf(parseIcpValue(file))).toEqual([
      {
        path: 'criteria[0].operator',
        message:
          'unknown operator "contains"; use one of: in_list, not_in_list, size_in_range, between, includes_any, ' +
          'includes_all, includes_none, keyword, within_days, equals, on_list',
      },
      { path: 'criteria[1]', message: 'unknown key "mustHve": check the spelling, or remove it' },
      { path: 'criteria[5].value', message: 'value must be a number of days, such as 365' },
    ]);
  });

  it('names a path and a message for every problem, and never throws', () => {
    const broken: unknown[] = [
      {},
      { format: 'fitcheck-icp', formatVersion: 1 },
      { ...sampleFile(), criteria: [{}], tiers: [{}], version: -1, reviewedAt: '1 Nov 2026' },
      { ...sampleFile(), criteria: 'industry', tiers: null },
      { ...sampleFile(), formatVersion: 'one' },
    ];
    for (const value of broken) {
      const errors = errorsOf(parseIcpValue(value));
      expect(errors.length).toBeGreaterThan(0);
      for (const error of errors) {
        expect(error.path).toMatch(/^(\(file\)|[A-Za-z$]\w*(\[\d+\]|\.\w+)*)$/);
        expect(error.message.length).toBeGreaterThan(5);
      }
    }
  });

  it('reports several problems of one file at once', () => {
    const file = sampleFile();
    file.criteria[1] = { ...file.criteria[1], weight: -5 };
    file.criteria[2] = { ...file.criteria[2], value: ['USA'] };
    file.tiers[2] = { ...file.tiers[2], minScore: 5 };
    expect(errorsOf(parseIcpValue(file)).map((error) => error.path)).toEqual([
      'criteria[1].weight',
      'criteria[2].value[0]',
      'tiers',
    ]);
  });
});
