import { describe, expect, it, vi } from 'vitest';
import { MAX_IMPORT_BYTES } from '@/lib/analysis/import/export-file';
import { importCrmExport, type ImportResult, readHeader } from '@/lib/analysis/import/stream-import';
import { generateExport } from './generate-export';

function failure(result: ImportResult): string {
  if (result.ok) throw new Error('expected the import to fail');
  expect(Object.keys(result).sort()).toEqual(['error', 'ok']);
  return result.error;
}

const SMALL = 'Company name,Lifecycle Stage,Total Revenue\nAcme,customer,1000\nBeta,lead,\n';

describe('importCrmExport refuses, with a clear message and nothing imported', () => {
  it('a file over 100 MB, before reading a byte of it', async () => {
    const text = vi.fn();
    const slice = vi.fn();
    const huge = { size: MAX_IMPORT_BYTES + 1, text, slice } as unknown as Blob;
    expect(failure(await importCrmExport(huge, { metric: 'ltv' }))).toMatch(
      /^the file is 100\.0 MB; .*up to 100 MB/,
    );
    expect((await readHeader(huge)).ok).toBe(false);
    expect(text).not.toHaveBeenCalled();
    expect(slice).not.toHaveBeenCalled();
  });

  it('a file whose header reads as one column with semicolons in it', async () => {
    const csv = '"Company name;Lifecycle Stage;Total Revenue"\n"Acme;customer;1000"\n';
    const error = failure(await importCrmExport(csv, { metric: 'ltv' }));
    expect(error).toContain('reads as a single column ("Company name;Lifecycle Stage;Total Revenue")');
    expect(error).toContain('contains semicolons');
    const preview = await readHeader(csv);
    expect(preview.ok ? 'no error' : preview.error).toBe(error);
    expect(failure(await importCrmExport('A\tB|C\nx\n', { metric: 'ltv' }))).toContain('contains tabs');
  });

  it('a file without an outcome or value column, naming what is missing and the headers found', async () => {
    const error = failure(await importCrmExport('Company name,Industry\nAcme,Software\n', { metric: 'acv' }));
    expect(error).toBe(
      'the file has no column for outcome (lifecycle stage, deal stage, account type, status or a churned ' +
        'yes/no column) and ACV (or ARR, or MRR). Columns found: "Company name", "Industry". ' +
        'Choose them in the column mapping',
    );
    expect(failure(await importCrmExport(SMALL, { metric: 'acv' }))).toContain('no column for ACV');
  });

  it('a mapping that points past the last column', async () => {
    const error = failure(await importCrmExport(SMALL, { metric: 'ltv', mapping: { outcome: 1, ltv: 7 } }));
    expect(error).toBe('the column mapping points at column 8, but the file has 3 columns');
  });

  it('an unclosed quote on the last line of a long file: no half import', async () => {
    const { csv } = generateExport('hubspot', 3000, 7);
    const error = failure(await importCrmExport(`${csv}1,"Broken,customer,5\n`, { metric: 'ltv' }));
    expect(error).toMatch(/^line \d+: a quoted value is never closed/);
    expect(error).toContain(`line ${csv.split('\n').length}:`);
  });

  it('empty files, header-only files, workbooks, and files where no row has an outcome', async () => {
    expect(failure(await importCrmExport('\uFEFF \n\n', { metric: 'ltv' }))).toBe('the file is empty');
    expect(failure(await importCrmExport('Company name,Lifecycle Stage,LTV\n', { metric: 'ltv' }))).toContain(
      'only a header row',
    );
    expect(failure(await importCrmExport('PK\u0003\u0004\0\0', { metric: 'ltv' }))).toContain(
      'Excel workbook',
    );
    const noOutcomes = 'Name,Status,LTV\nA,Partner,1\nB,,2\n';
    expect(
      failure(await importCrmExport(noOutcomes, { metric: 'ltv', mapping: { outcome: 1, ltv: 2 } })),
    ).toBe(
      'no row has an outcome Fitcheck can read, so there is nothing to analyse (line 2: "Partner" in Status is ' +
        'not an outcome Fitcheck knows (customer, churned, lost or open); line 3: no outcome: Status is empty)',
    );
  });

  it('more rows than the table limit', async () => {
    const csv = `Name,Stage,LTV\n${'A,won,1\n'.repeat(500_001)}`;
    expect(failure(await importCrmExport(csv, { metric: 'ltv' }))).toBe(
      'the file has more than 500,000 rows: split it into smaller files',
    );
  });
});

describe('importCrmExport reads', () => {
  it('reports progress that only grows and ends at the total, for a string and for a Blob', async () => {
    const { csv } = generateExport('european', 6000, 3);
    for (const file of [csv, new Blob([`\uFEFF${csv}`])]) {
      const calls: [number, number, number][] = [];
      const result = await importCrmExport(file, {
        metric: 'ltv',
        onProgress: (...call) => calls.push(call),
      });
      expect(result.ok).toBe(true);
      const total = typeof file === 'string' ? Buffer.byteLength(file) : file.size;
      expect(calls.length).toBeGreaterThan(3);
      expect(calls.at(-1)).toEqual([6000, total, total]);
      calls.forEach(([rows, bytes, totalBytes], index) => {
        const [previousRows = 0, previousBytes = 0] = calls[index - 1] ?? [];
        expect(totalBytes).toBe(total);
        expect(rows).toBeGreaterThanOrEqual(previousRows);
        expect(bytes).toBeGreaterThanOrEqual(previousBytes);
        expect(bytes).toBeLessThanOrEqual(total);
      });
      expect(calls.some(([rows]) => rows > 0 && rows < 6000)).toBe(true);
    }
  });

  it('a Blob with characters of several bytes, and keeps going when the progress listener throws', async () => {
    const csv =
      'Company name,Lifecycle Stage,Total Revenue\nMüller & Söhne 🚀,customer,"$1,000"\nŁódź Sp. z o.o.,churned,2\n';
    const result = await importCrmExport(new Blob([csv]), {
      metric: 'ltv',
      onProgress: () => {
        throw new Error('the progress bar broke');
      },
    });
    if (!result.ok) throw new Error(result.error);
    expect(result.accounts.map(({ name, outcome, value }) => [name, outcome, value])).toEqual([
      ['Müller & Söhne 🚀', 'customer', 1000],
      ['Łódź Sp. z o.o.', 'churned', 2],
    ]);
  });

  it('with the mapping it is given rather than the guessed one', async () => {
    const csv = 'Company name,Lifecycle Stage,Total Revenue,My Own Value\nAcme,customer,1000,77\n';
    const result = await importCrmExport(csv, { metric: 'ltv', mapping: { name: 0, outcome: 1, ltv: 3 } });
    if (!result.ok) throw new Error(result.error);
    expect(result.mapping).toEqual({ name: 0, outcome: 1, ltv: 3 });
    expect(result.accounts[0]?.value).toBe(77);
  });
});
