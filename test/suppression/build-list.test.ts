import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildListEntries, readCellEntries } from '@/lib/suppression/build-list';
import { type CsvTable, readCsvTable } from '@/lib/suppression/csv-table';

function readFixture(name: string): CsvTable {
  const result = readCsvTable(readFileSync(`test/fixtures/suppression/${name}`, 'utf8'));
  if (!result.ok) throw new Error(result.error);
  return result;
}

function table(text: string): CsvTable {
  const result = readCsvTable(text);
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe('buildListEntries', () => {
  it('reads the domain, website and LinkedIn columns of a HubSpot export into one list', () => {
    const list = buildListEntries(readFixture('hubspot-companies.csv'), [2, 3, 4]);
    expect(list.domains).toEqual([
      ...[
        'acme.com',
        'aperturescience.com',
        'bluthcompany.com',
        'bnl.com',
        'cogswellcogs.com',
        'cyberdyne.ai',
      ],
      ...['duff.com', 'dundermifflin.com', 'gencopura.it', 'globex.com', 'gringotts.bank', 'hooli.xyz'],
      ...['initech.io', 'lospolloshermanos.com', 'massivedynamic.com', 'monstersinc.com', 'nakatomi.co.jp'],
      ...['northwindtraders.com', 'ollivanders.co.uk', 'oscorp.com', 'piedpiper.com', 'planetexpress.earth'],
      ...['siriuscybernetics.com', 'soylent.com', 'spacelysprockets.com', 'sterlingcooper.com', 'tyrell.com'],
      ...['vandelay.co.uk', 'virtucon.com', 'wayneenterprises.com', 'weyland-yutani.com', 'wonka.com'],
    ]);
    expect(list.linkedinSlugs).toEqual([
      ...['acme-inc', 'aperture-science', 'buy-n-large', 'dunder-mifflin', 'hooli', 'initech'],
      ...[
        'monsters-inc',
        'northwind-traders',
        'pied-piper',
        'tyrell-corp',
        'wayne-enterprises',
        'weyland-yutani',
      ],
    ]);
    expect({ rows: list.rows, skipped: list.skipped }).toEqual({ rows: 40, skipped: 7 });
  });

  it('shows the first skipped rows with their line in the file, so the user sees what was not understood', () => {
    const { samples } = buildListEntries(readFixture('hubspot-companies.csv'), [2, 3, 4]);
    expect(samples).toEqual([
      { row: 6, text: 'N/A | N/A | N/A' },
      { row: 11, text: '(blank)' },
      // A person's LinkedIn profile names no company.
      { row: 18, text: 'https://www.linkedin.com/in/gordon-freeman/' },
      { row: 24, text: '-' },
      { row: 27, text: '(blank)' },
    ]);
  });

  it('reads only the chosen columns', () => {
    const list = buildListEntries(readFixture('hubspot-companies.csv'), [4]);
    expect(list.domains).toEqual([]);
    expect(list.linkedinSlugs).toHaveLength(12);
    expect(list.skipped).toBe(28);
  });

  it('reads several values in one cell, and a European export', () => {
    const list = buildListEntries(readFixture('european-accounts.csv'), [1, 2]);
    expect(list.domains).toEqual([
      ...['bauer-backwaren.at', 'bauer-backwaren.de', 'fischer-logistik.de', 'mueller-soehne.de'],
      ...['olafsson.is', 'schmidt-partner.de', 'societe-nord.fr', 'vandenberg.nl'],
    ]);
    expect(list.linkedinSlugs).toEqual(['schmidt-partner-kg', 'societe-nord']);
    expect(list.samples).toEqual([{ row: 5, text: 'k.A.' }]);
  });

  it('takes the company domain from mail addresses but drops free-mail providers', () => {
    const contacts = table(
      [
        'First Name,Last Name,Email,Company',
        'Ana,Silva,ana.silva@northwind.example,Northwind',
        'Ben,Okafor,ben.okafor@gmail.com,Freelance',
        'Chloé,Martin,"Chloé Martin <chloe@Globex.example>",Globex',
        'Dirk,Bauer,dirk@gmx.de; d.bauer@bauer.example,Bauer',
        'Eva,Novak,eva.novak@Outlook.com,',
      ].join('\n'),
    );
    const list = buildListEntries(contacts, [2]);
    expect(list.domains).toEqual(['bauer.example', 'globex.example', 'northwind.example']);
    expect({ rows: list.rows, skipped: list.skipped }).toEqual({ rows: 5, skipped: 2 });
    expect(list.samples).toEqual([
      { row: 3, text: 'ben.okafor@gmail.com' },
      { row: 6, text: 'eva.novak@Outlook.com' },
    ]);
  });

  it('keeps at most five samples, and counts every skipped row', () => {
    const list = buildListEntries(table(`Website\n${'N/A\n'.repeat(9)}acme.com\n`), [0]);
    expect(list.samples.map((sample) => sample.row)).toEqual([2, 3, 4, 5, 6]);
    expect(list).toMatchObject({ domains: ['acme.com'], rows: 10, skipped: 9 });
  });

  it('skips every row when no column is chosen', () => {
    expect(buildListEntries(table('Website\nacme.com\n'), [])).toMatchObject({ domains: [], skipped: 1 });
  });
});

describe('readCellEntries', () => {
  it('splits a cell on semicolons, commas and line breaks', () => {
    expect(readCellEntries('acme.com; https://www.acme.de/,\nlinkedin.com/company/acme')).toEqual([
      { kind: 'domain', value: 'acme.com' },
      { kind: 'domain', value: 'acme.de' },
      { kind: 'linkedin', value: 'acme' },
    ]);
  });

  it('reads nothing from a company name or a placeholder', () => {
    for (const cell of ['Acme Inc', 'N/A', '', '-', 'unknown']) expect(readCellEntries(cell)).toEqual([]);
  });
});
