import type { AnalysisAccount, Outcome } from '@/lib/analysis/analysis-account';
import { generateAccounts } from './generate-accounts';

/*
 * The planted-pattern accounts of test/analysis/planted-patterns.ts written out as a HubSpot
 * companies export, so the section under test finds the patterns through the real import: Financial
 * Services and 201-500 employees lift 2.7× among the best customers, Retail 3.3× among churned ones.
 * Noise the summary must report: every 40th account's revenue reads "ask finance", and three
 * partner rows ("Other") have no outcome and are skipped.
 */

export const HEADERS = [
  ...['Record ID', 'Company name', 'Company Domain Name', 'Industry', 'Number of Employees'],
  ...['Annual Revenue', 'Country/Region', 'Web Technologies', 'Last Funding Type', 'Close Date'],
  ...['Lifecycle Stage', 'Total Revenue'],
];

const STAGE_TEXT: Record<Outcome, string> = {
  customer: 'customer',
  churned: 'Former Customer',
  lost: 'Closed Lost',
  open: 'Sales Qualified Lead',
};

/** "series_b" -> "Series B", as HubSpot's "Last Funding Type" writes it. */
const fundingText = (stage: string | undefined) =>
  stage === undefined
    ? ''
    : stage.replace(/^series_(\w)$/, (_, letter: string) => `Series ${letter.toUpperCase()}`);

export const UNREADABLE_REVENUE = 'ask finance';
export const PARTNER_ROWS = 3;

export interface PlantedExport {
  csv: string;
  accounts: AnalysisAccount[];
  /** File lines whose revenue cell cannot be read, in file order. */
  unreadableRevenueLines: number[];
}

export function plantedExport(seed = 7): PlantedExport {
  const accounts = generateAccounts(seed);
  const unreadableRevenueLines: number[] = [];
  const rows = accounts.map((account, index) => {
    const unreadable = index % 40 === 5;
    if (unreadable) unreadableRevenueLines.push(account.line);
    return [
      ...[String(1000 + index), account.name ?? '', account.domain ?? '', account.industry ?? ''],
      account.employeeRange ?? '',
      unreadable ? UNREADABLE_REVENUE : account.revenueUsd === undefined ? '' : String(account.revenueUsd),
      ...[account.hqCountry ?? '', account.technology.join('; '), fundingText(account.fundingStage)],
      ...[account.closeDate ?? '', STAGE_TEXT[account.outcome], account.value?.toString() ?? ''],
    ];
  });
  const partners = Array.from({ length: PARTNER_ROWS }, (_, index) => [
    ...[String(9000 + index), `Partner ${index}`, `partner-${index}.com`, 'Retail', '11-50', ''],
    ...['US', '', '', '', 'Other', ''],
  ]);
  const lines = [HEADERS, ...rows, ...partners].map((cells) => cells.map(quote).join(','));
  return { csv: `${lines.join('\n')}\n`, accounts, unreadableRevenueLines };
}

function quote(text: string): string {
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
