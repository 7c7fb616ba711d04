// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { presetColumns } from '@/lib/export/presets';
import { toClipboardTable } from '@/lib/export/to-table';
import { ACME, ALL_ROWS, COMPETITOR, EVIL_NOTE, ZURICH } from './export-rows';
import { headersOf } from './cells';

function htmlCells(html: string, selector: string): string[][] {
  const document = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  return [...document.querySelectorAll(selector)].map((row) =>
    [...row.children].map((cell) => cell.textContent ?? ''),
  );
}

describe('toClipboardTable', () => {
  it('writes TSV: one line per row, one tab between cells', () => {
    const { text } = toClipboardTable(ALL_ROWS, 'generic');
    const lines = text.split('\r\n');
    expect(lines).toHaveLength(ALL_ROWS.length + 1);
    expect(lines[0]?.split('\t')).toEqual(headersOf('generic'));
    for (const line of lines) expect(line.split('\t')).toHaveLength(presetColumns('generic').length);
  });

  it('turns tabs and line breaks inside a cell into spaces, and formulas into text', () => {
    const [, zurich] = toClipboardTable([ZURICH], 'generic').text.split('\r\n');
    const cells = zurich?.split('\t') ?? [];
    expect(cells[0]).toBe('Zürich "Versicherung", AG Holding 🚀');
    expect(cells[headersOf('generic').indexOf('note')]).toBe('Call after Q1 then follow up');
    const [, acme] = toClipboardTable([ACME], 'hubspot').text.split('\r\n');
    expect(acme?.split('\t')[headersOf('hubspot').indexOf('Fitcheck Note')]).toBe(`'${EVIL_NOTE}`);
  });

  it('writes an HTML table whose cells read back as the TSV cells', () => {
    const { text, html } = toClipboardTable(ALL_ROWS, 'salesforce');
    const [header, ...body] = text.split('\r\n').map((line) => line.split('\t'));
    expect(htmlCells(html, 'thead tr')).toEqual([header]);
    expect(htmlCells(html, 'tbody tr')).toEqual(body);
  });

  it('escapes markup, so a page name cannot add elements or scripts', () => {
    const { html } = toClipboardTable([COMPETITOR], 'generic');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
    const document = new DOMParser().parseFromString(html, 'text/html');
    expect(document.querySelectorAll('script')).toHaveLength(0);
    expect(document.querySelectorAll('table')).toHaveLength(1);
  });

  it('marks data cells as text for Excel, so a size band is not read as a date', () => {
    const { html } = toClipboardTable([ACME], 'generic');
    expect(html).toContain('<td style="mso-number-format:\'\\@\'">1001-5000</td>');
  });
});
