import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type CsvTable, readCsvTable } from '@/lib/suppression/csv-table';
import { guessIdentityColumns } from '@/lib/suppression/guess-columns';

function table(text: string): CsvTable {
  const result = readCsvTable(text);
  if (!result.ok) throw new Error(result.error);
  return result;
}

const fixture = (name: string) => table(readFileSync(`test/fixtures/suppression/${name}`, 'utf8'));

/** The headers of the guessed columns, which read better in a failure than indexes. */
function guessedHeaders(csv: CsvTable): string[] {
  return guessIdentityColumns(csv).map((index) => csv.headers[index] ?? `#${index}`);
}

/** A one-row table with these headers, each over a cell that reads as a company. */
const namedColumns = (...headers: string[]) =>
  table(`${headers.map((header) => `"${header}"`).join(',')}\n${headers.map(() => 'acme.com').join(',')}`);

describe('guessIdentityColumns by header', () => {
  it('picks the domain, website and LinkedIn page of a HubSpot export, not its name or description', () => {
    expect(guessedHeaders(fixture('hubspot-companies.csv'))).toEqual([
      'Company Domain Name',
      'Website URL',
      'LinkedIn Company Page',
    ]);
  });

  it('picks the Website of a Salesforce export', () => {
    expect(guessedHeaders(fixture('salesforce-accounts.csv'))).toEqual(['Website']);
  });

  it('picks the German headers of a European export', () => {
    expect(guessedHeaders(fixture('european-accounts.csv'))).toEqual([
      'Webseite',
      'LinkedIn-Unternehmensseite',
    ]);
  });

  it.each([
    ...[
      'Domain',
      'Website',
      'Company domain',
      'URL',
      'Web site',
      'Site web',
      'LinkedIn',
      'Company Linkedin Url',
    ],
    ...['Webseite', 'Sitio web', 'Website-URL', 'Página web', "Site web de l'entreprise", 'Domeinnaam'],
    ...['companyDomain', 'linkedinUrl', 'Account Website', 'Nom de domaine', 'Firmenwebsite'],
  ])('knows the header %s', (header) => {
    expect(guessedHeaders(namedColumns('Name', header))).toEqual([header]);
  });

  it.each(['LinkedIn Bio', 'Twitter URL', 'Facebook Company Page', 'Logo URL', 'Company name', 'Record ID'])(
    'does not take %s for a company identity while a real one exists',
    (header) => {
      expect(guessedHeaders(namedColumns(header, 'Website'))).toEqual(['Website']);
    },
  );

  it('passes over a named column that holds nothing readable', () => {
    const csv = table('Company,Website,Site\nAcme,N/A,acme.com\nGlobex,,globex.com\n');
    expect(guessedHeaders(csv)).toEqual(['Site']);
  });
});

describe('guessIdentityColumns by content', () => {
  it('picks an unnamed column whose cells mostly read as domains or LinkedIn pages', () => {
    const csv = table(
      [
        'Kunde,Ref,Adresse,Notiz',
        'Acme,1001,acme.com,called 2024',
        'Globex,1002,https://www.globex.com/,see globex.com',
        'Initech,1003,linkedin.com/company/initech,',
        'Hooli,1004,N/A,',
        'Soylent,1005,soylent.com,',
      ].join('\n'),
    );
    // "Notiz" names a company in one of its two filled cells: not most.
    expect(guessedHeaders(csv)).toEqual(['Adresse']);
  });

  it('finds nothing in a file of names and numbers', () => {
    expect(guessedHeaders(table('Name,Employees\nAcme Inc,1200\nGlobex Corp,"5,000"\n'))).toEqual([]);
  });
});

describe('guessIdentityColumns and mail addresses', () => {
  const contacts = [
    'First Name,Last Name,Email,Phone',
    'Ana,Silva,ana.silva@northwind.example,+1 555 0100',
    'Ben,Okafor,ben@globex.example,',
  ];

  it('suggests a mail column when nothing names the company otherwise', () => {
    expect(guessedHeaders(table(contacts.join('\n')))).toEqual(['Email']);
  });

  it('suggests a column of addresses without a mail header', () => {
    const csv = table('Name,Contact\nAna,ana@northwind.example\nBen,ben@globex.example\n');
    expect(guessedHeaders(csv)).toEqual(['Contact']);
  });

  it('prefers a website column to a mail column', () => {
    const csv = table(
      ['First Name,Email,Company Website', 'Ana,ana@northwind.example,northwind.example'].join('\n'),
    );
    expect(guessedHeaders(csv)).toEqual(['Company Website']);
  });
});
