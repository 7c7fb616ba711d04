import { describe, expect, it } from 'vitest';
import { readHeader } from '@/lib/analysis/import/stream-import';
import { generateExport } from './generate-export';

describe('readHeader', () => {
  it('gives the headers, up to 200 sample rows and the guessed mapping', async () => {
    const { csv, headers } = generateExport('salesforce', 500, 5);
    const preview = await readHeader(csv);
    if (!preview.ok) throw new Error(preview.error);
    expect(preview.headers).toEqual(headers);
    expect(preview.sampleRows).toHaveLength(200);
    expect(preview.sampleRows[0]?.[1]).toBe('Acme 0, Inc.');
    expect(preview.mapping).toMatchObject({ name: 1, domain: 2, outcome: 10, acv: 11 });
  });

  it('reads only the start of a large Blob and drops the row the cut went through', async () => {
    const long = `Name,Stage,LTV\n${Array.from({ length: 150 }, (_, index) => `Company ${index},won,${'9'.repeat(8000)}`).join('\n')}`;
    const preview = await readHeader(new Blob([long]));
    if (!preview.ok) throw new Error(preview.error);
    expect(preview.sampleRows.length).toBeLessThan(150);
    expect(preview.sampleRows.every((row) => row[2]?.length === 8000)).toBe(true);
  });
});
