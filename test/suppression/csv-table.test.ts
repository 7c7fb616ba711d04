import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type CsvTable, readCsvTable } from '@/lib/suppression/csv-table';
import { ODD_STRINGS } from '../helpers/odd-strings';

const fixture = (name: string) => readFileSync(`test/fixtures/suppression/${name}`, 'utf8');

function readTable(text: string): CsvTable {
  const result = readCsvTable(text);
  if (!result.ok) throw new Error(`expected a table, got: ${result.error}`);
  return result;
}

function readError(text: string): string {
  const result = readCsvTable(text);
  if (result.ok) throw new Error('expected an error, got a table');
  return result.error;
}

describe('readCsvTable on CRM exports', () => {
  it('reads a HubSpot companies export: quoted commas, doubled quotes and a cell over two lines', () => {
    const table = readTable(fixture('hubspot-companies.csv'));
    expect(table.headers).toEqual([
      ...['Record ID', 'Company name', 'Company Domain Name', 'Website URL', 'LinkedIn Company Page'],
      ...['Industry', 'Number of Employees', 'About Us'],
    ]);
    expect(table.rows).toHaveLength(40);
    expect(table.rows.every((row) => row.length === 8)).toBe(true);
    expect(table.rows[1]?.slice(1, 3)).toEqual(['Acme, Inc.', 'acme.com']);
    expect(table.rows[6]?.[7]).toBe('Latex, "and other" things');
    expect(table.rows[7]?.[7]).toBe('Line one\nLine two');
    // Soylent's description spans lines 9-10, so Stark Industries is on line 11.
    expect(table.lineNumbers.slice(6, 9)).toEqual([8, 9, 11]);
    expect(table.rows[8]?.[1]).toBe('Stark Industries');
    expect(table.lineNumbers.at(-1)).toBe(42);
  });

  it('reads a European Excel export separated by semicolons, with CRLF line ends', () => {
    const table = readTable(fixture('european-accounts.csv'));
    expect(table.headers.slice(0, 3)).toEqual(['Firmenname', 'Webseite', 'LinkedIn-Unternehmensseite']);
    expect(table.rows[0]).toEqual([
      ...['Müller & Söhne GmbH', 'www.mueller-soehne.de', '', 'Maschinenbau', '250', '1.250.000,50', ''],
    ]);
    expect(table.rows[1]?.[0]).toBe('Schmidt; Partner KG');
    // One row ends with a stray semicolon: it is kept, and its extra cell gets a column of its own.
    expect(table.headers[6]).toBe('Column 7');
    expect(table.rows).toHaveLength(8);
  });

  it('strips the byte order mark and CR of a Salesforce export saved on Windows', () => {
    const table = readTable(fixture('salesforce-accounts.csv'));
    expect(table.headers).toEqual([
      ...['Account ID', 'Account Name', 'Website', 'Billing Country', 'Type', 'Annual Revenue'],
    ]);
    expect(table.rows.flat().some((cell) => /[\r\n\uFEFF]/.test(cell))).toBe(false);
    expect(table.rows[1]?.[1]).toBe('Fabrikam, Inc.');
    expect(table.lineNumbers).toEqual([2, 3, 4, 5, 6, 7]);
  });

  it('reads tab-separated text, where commas are part of the values', () => {
    const table = readTable('Name\tWebsite\nAcme, Inc.\tacme.com\nGlobex\tglobex.com\n');
    expect(table.rows).toEqual([
      ['Acme, Inc.', 'acme.com'],
      ['Globex', 'globex.com'],
    ]);
  });

  it('reads a one-column file (no delimiter to detect)', () => {
    expect(readTable('Domain\nacme.com\nglobex.com').rows).toEqual([['acme.com'], ['globex.com']]);
  });
});

describe('readCsvTable on untidy rows', () => {
  it('names blank header cells after their position', () => {
    expect(readTable('Name,,Website, \nAcme,1,acme.com,x\n').headers).toEqual([
      'Name',
      'Column 2',
      'Website',
      'Column 4',
    ]);
  });

  it('keeps rows with fewer or more cells than the header, padding missing cells with blanks', () => {
    const table = readTable('Name,Website,Country\nAcme\nGlobex,globex.com,US,extra\n');
    expect(table.headers).toEqual(['Name', 'Website', 'Country', 'Column 4']);
    expect(table.rows).toEqual([
      ['Acme', '', '', ''],
      ['Globex', 'globex.com', 'US', 'extra'],
    ]);
  });

  it('skips blank lines and lines of bare delimiters, and still counts them as lines', () => {
    const table = readTable('Name,Website\n\nAcme,acme.com\n,\n  \nGlobex,globex.com\n');
    expect(table.rows.map((row) => row[0])).toEqual(['Acme', 'Globex']);
    expect(table.lineNumbers).toEqual([3, 6]);
  });
});

describe('readCsvTable errors', () => {
  it('says on which line a quote is opened and never closed', () => {
    expect(readError(fixture('unclosed-quote.csv'))).toBe(
      'line 17: a quoted value is never closed (a " without its closing ")',
    );
  });

  it('refuses an empty file, and one with only a header row', () => {
    for (const text of ['', '\uFEFF', '  \r\n\n', ',,,\n']) expect(readError(text)).toBe('the file is empty');
    expect(readError('Company name,Website\r\n')).toBe(
      'the file has only a header row ("Company name, Website") and no rows under it',
    );
  });

  it('refuses a file that is not text, such as an Excel workbook', () => {
    expect(readError('PK\u0003\u0004\u0014\u0000\u0006\u0000')).toMatch(
      /^line 1 contains NUL bytes.*CSV UTF-8/,
    );
    expect(readError('Domain\nacme.com\nglo\u0000bex.com\n')).toMatch(/^line 3 contains NUL bytes/);
  });

  it('refuses more than 500,000 rows', () => {
    expect(readError(`Domain\n${'acme.com\n'.repeat(500_001)}`)).toBe(
      'the file has more than 500,000 rows: split it into smaller files',
    );
    expect(readTable(`Domain\n${'acme.com\n'.repeat(500_000)}`).rows).toHaveLength(500_000);
  }, 30_000);

  it('never throws, whatever the text', () => {
    for (const text of ODD_STRINGS) {
      const result = readCsvTable(`Domain,Name\n${text},${text}\n"${text}`);
      expect(typeof result.ok).toBe('boolean');
    }
  });
});
