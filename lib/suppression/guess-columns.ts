import { headerWords } from '@/lib/header-words';
import { readCellEntries } from './build-list';
import type { CsvTable } from './csv-table';

type HeaderKind = 'company' | 'email' | undefined;

interface ColumnContent {
  /** Cells with a value (placeholders such as "N/A" do not count). */
  filled: number;
  /** Cells that name a company, and those of them that are mail addresses. */
  readable: number;
  mail: number;
}

// Enough rows to judge a column without reading a half-million-row file twice.
const SAMPLE_ROWS = 200;

const words = (text: string) => text.split(' ');
const phrases = (text: string) => text.split(', ');

/** Words that only say whose value it is: "Company Domain Name" is a domain, "Site web de l'entreprise" a website. */
const QUALIFIERS = new Set([
  ...words('company companies account organization organisation org primary main official'),
  ...words('firma firmen unternehmen unternehmens entreprise societe empresa bedrijf bedrijfs'),
  ...words('de la l del da do der des van het'),
]);

/** Header names (lowercase, accents and qualifiers removed) in English, German, French, Spanish, Dutch, Portuguese. */
const COMPANY_HEADERS = new Set([
  ...phrases('domain, domains, domain name, email domain, e mail domain, url, web url, site url, www, web'),
  ...phrases('website, websites, website url, web site, web site url, homepage, home page'),
  ...phrases('webseite, internetseite, internetadresse, firmenwebsite, firmenwebseite, unternehmenswebsite'),
  ...phrases('site, site web, site internet, adresse web, domaine, nom domaine'),
  ...phrases('sitio web, pagina web, dominio, nombre dominio, endereco site, sito web'),
  ...phrases('domein, domeinnaam, webadres, websiteadres, bedrijfswebsite'),
]);

/** What may stand next to "LinkedIn" in a company page column ("LinkedIn Company Page", "Company LinkedIn URL"). */
const LINKEDIN_WORDS = new Set(
  words('linkedin url page link profile profil seite unternehmensseite pagina adresse address'),
);

const MAIL_WORDS = new Set(['email', 'emails', 'mail', 'courriel', 'correo']);

const PLACEHOLDERS = new Set([
  '',
  '-',
  '--',
  '—',
  'n/a',
  'na',
  '#n/a',
  'none',
  'null',
  'unknown',
  'tbd',
  '?',
]);

/**
 * The columns that hold company identities, to pre-check in the column picker: columns named like
 * a domain, website or LinkedIn page; else columns whose cells mostly read as one; else, only when
 * nothing better exists, mail address columns (their domain names the company).
 */
export function guessIdentityColumns(table: Pick<CsvTable, 'headers' | 'rows'>): number[] {
  const sample = table.rows.slice(0, SAMPLE_ROWS);
  const columns = table.headers.map((header, index) => ({
    index,
    kind: headerKind(header),
    content: readColumnContent(sample, index),
  }));
  const named = columns.filter(({ kind, content }) => kind === 'company' && content.readable > 0);
  const unnamed = columns.filter(({ kind, content }) => kind === undefined && mostlyReadable(content));
  const byContent = unnamed.filter(({ content }) => !mostlyMail(content));
  const mail = [
    ...columns.filter(({ kind, content }) => kind === 'email' && content.readable > 0),
    ...unnamed.filter(({ content }) => mostlyMail(content)),
  ].sort((a, b) => a.index - b.index);
  const chosen = [named, byContent, mail].find((group) => group.length > 0) ?? [];
  return chosen.map(({ index }) => index);
}

function headerKind(header: string): HeaderKind {
  const words = normalizeHeader(header)
    .split(' ')
    .filter((word) => word !== '' && !QUALIFIERS.has(word));
  if (COMPANY_HEADERS.has(words.join(' '))) return 'company';
  if (words.includes('linkedin') && words.every((word) => LINKEDIN_WORDS.has(word))) return 'company';
  return words.some((word) => MAIL_WORDS.has(word)) ? 'email' : undefined;
}

/** "Company LinkedIn URL", "companyLinkedinUrl" and "Site_Web" all become plain lowercase words. */
function normalizeHeader(header: string): string {
  return headerWords(header).replace(/\blinked in\b/g, 'linkedin');
}

function readColumnContent(rows: string[][], column: number): ColumnContent {
  const content: ColumnContent = { filled: 0, readable: 0, mail: 0 };
  for (const row of rows) {
    const cell = (row[column] ?? '').trim();
    if (PLACEHOLDERS.has(cell.toLowerCase())) continue;
    content.filled += 1;
    if (readCellEntries(cell).length === 0) continue;
    content.readable += 1;
    if (cell.includes('@')) content.mail += 1;
  }
  return content;
}

function mostlyReadable({ filled, readable }: ColumnContent): boolean {
  return readable > 0 && readable * 2 > filled;
}

function mostlyMail({ readable, mail }: ColumnContent): boolean {
  return mail * 2 > readable;
}
