import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ExportRow } from '@/lib/export/export-row';
import { neutralizeCell } from '@/lib/export/neutralize-formula';
import { PRESET_IDS, type PresetId, presetColumns } from '@/lib/export/presets';
import { csvChunks, toCsv, toCsvWithProgress } from '@/lib/export/to-csv';
import { ODD_STRINGS } from '../helpers/odd-strings';
import { ACME, ALL_ROWS, EVIL_NOTE, ZURICH } from './export-rows';
import { headersOf } from './cells';

function parseCsv(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<string[]>(csv.slice(1), { header: false });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

function expectedCells(rows: readonly ExportRow[], preset: PresetId): string[][] {
  const columns = presetColumns(preset);
  return rows.map((row) => columns.map((column) => neutralizeCell(column.value(row))));
}

function withNote(note: string): ExportRow {
  const shortlist = { accountId: ACME.account.id, status: 'new' as const, note, addedAt: '', updatedAt: '' };
  return { ...ACME, shortlist };
}

describe('toCsv', () => {
  it.each(PRESET_IDS)('%s: parses back to the same header and cells', (preset) => {
    const [header, ...rows] = parseCsv(toCsv(ALL_ROWS, preset));
    expect(header).toEqual(headersOf(preset));
    expect(rows).toEqual(expectedCells(ALL_ROWS, preset));
  });

  it('keeps quotes, commas, line breaks, non-ASCII and emoji inside one cell', () => {
    const [, , zurich] = parseCsv(toCsv(ALL_ROWS, 'generic'));
    expect(zurich?.[0]).toBe('Zürich "Versicherung", AG\nHolding 🚀');
    expect(zurich?.[headersOf('generic').indexOf('note')]).toBe('Call after Q1\tthen\r\nfollow up');
  });

  it('turns a note that is a formula into text', () => {
    const [, acme] = parseCsv(toCsv([ACME], 'hubspot'));
    expect(acme?.[headersOf('hubspot').indexOf('Fitcheck Note')]).toBe(`'${EVIL_NOTE}`);
    expect(toCsv([ACME], 'hubspot')).not.toMatch(/(^|,)"=/m);
  });

  it('starts with a BOM, quotes every cell, ends lines with CRLF and the file without one', () => {
    const csv = toCsv([ACME, ZURICH], 'salesforce');
    const firstLine = csv.slice(1, csv.indexOf('\r\n'));
    expect(firstLine).toBe(
      headersOf('salesforce')
        .map((header) => `"${header}"`)
        .join(','),
    );
    expect(csv.split('"\r\n"')).toHaveLength(3);
    expect(csv.endsWith('"')).toBe(true);
  });

  it('writes only the header for no rows', () => {
    expect(parseCsv(toCsv([], 'generic'))).toEqual([headersOf('generic')]);
  });

  it('round-trips whatever a page or a note holds', () => {
    const rows = ODD_STRINGS.map(withNote);
    const noteAt = headersOf('generic').indexOf('note');
    const parsed = parseCsv(toCsv(rows, 'generic')).slice(1);
    expect(parsed.map((cells) => cells[noteAt])).toEqual(ODD_STRINGS.map(neutralizeCell));
  });
});

describe('csvChunks and toCsvWithProgress', () => {
  const rows = Array.from({ length: 5 }, (_, index) => ALL_ROWS[index % ALL_ROWS.length] as ExportRow);

  it('cut the same file into a header chunk and chunks of rows', () => {
    const chunks = [...csvChunks(rows, 'generic', 2)];
    expect(chunks.map((chunk) => chunk.rowsDone)).toEqual([0, 2, 4, 5]);
    expect(chunks.map((chunk) => chunk.text).join('')).toBe(toCsv(rows, 'generic'));
  });

  it('report progress and pause between chunks, giving the same string', async () => {
    const progress: string[] = [];
    let pauses = 0;
    const csv = await toCsvWithProgress(rows, 'hubspot', {
      rowsPerChunk: 2,
      onProgress: (done, total) => progress.push(`${done}/${total}`),
      pause: async () => {
        pauses += 1;
      },
    });
    expect(csv).toBe(toCsv(rows, 'hubspot'));
    expect(progress).toEqual(['0/5', '2/5', '4/5', '5/5']);
    expect(pauses).toBe(4);
  });

  // 50,000 rows is the size the dashboard promises to export; the default 5 s is tight on a slow runner.
  it('export 50,000 rows with the default chunks and pause', { timeout: 30_000 }, async () => {
    const many = Array.from({ length: 50_000 }, (_, index) => ALL_ROWS[index % ALL_ROWS.length] as ExportRow);
    let last = '';
    const csv = await toCsvWithProgress(many, 'generic', {
      onProgress: (done, total) => {
        last = `${done}/${total}`;
      },
    });
    expect(last).toBe('50000/50000');
    expect(csv.split('"\r\n"')).toHaveLength(50_001);
  });
});
