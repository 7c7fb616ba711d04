import { describe, expect, it } from 'vitest';
import { neutralizeCell } from '@/lib/export/neutralize-formula';
import { ODD_STRINGS } from '../helpers/odd-strings';

const FORMULA_SIGNS = ['=', '+', '-', '@', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'];

/** What a spreadsheet would see first once it trimmed whitespace and invisible characters. */
function firstSignificant(cell: string): string {
  return cell.replace(/^[\s\p{Cf}]+/u, '').charAt(0);
}

describe('neutralizeCell', () => {
  it.each([
    ['=1+1', 'equals'],
    ['+1 (555) 010-0000', 'plus'],
    ['-2+3', 'minus'],
    ['@SUM(A1:A9)', 'at'],
    ['\t=1+1', 'tab'],
    ['\r=1+1', 'carriage return'],
    ['\n=1+1', 'line feed'],
    ['\tplain text', 'a tab before plain text'],
    ['   =HYPERLINK("http://evil")', 'leading spaces'],
    ['\u00a0=1+1', 'a no-break space'],
    ['\uFEFF=1+1', 'a byte order mark'],
    ['\u200b@SUM(A1)', 'a zero-width space'],
    ['\u202e=1+1', 'a bidi override'],
    ['\uFF1D1+1', 'a full-width equals sign'],
  ])('prefixes %j (%s) with a single quote', (cell) => {
    expect(neutralizeCell(cell)).toBe(`'${cell}`);
  });

  it.each(['Acme', '', 'Zürich 🚀', '1-10', 'a=b', 'https://acme.com/?a=1', "'=already text", 'Series C'])(
    'leaves %j as it is',
    (cell) => {
      expect(neutralizeCell(cell)).toBe(cell);
    },
  );

  it('removes NUL characters, then checks what is left', () => {
    expect(neutralizeCell('Ac\u0000me')).toBe('Acme');
    expect(neutralizeCell('\u0000=1+1')).toBe("'=1+1");
  });

  it('is idempotent: a neutralized cell stays as it is', () => {
    for (const cell of ['=1+1', ' -5', '\t@x']) {
      expect(neutralizeCell(neutralizeCell(cell))).toBe(neutralizeCell(cell));
    }
  });

  it('never lets a cell start a formula, whatever a page hands over', () => {
    for (const odd of [...ODD_STRINGS, ...ODD_STRINGS.map((text) => `=${text}`)]) {
      const cell = neutralizeCell(odd);
      expect(cell).not.toContain('\u0000');
      const safe = cell.startsWith("'") || !FORMULA_SIGNS.includes(firstSignificant(cell));
      expect(safe, JSON.stringify(odd.slice(0, 40))).toBe(true);
      expect(['\t', '\r', '\n']).not.toContain(cell.charAt(0));
    }
  });
});
