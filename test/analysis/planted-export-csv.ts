import Papa from 'papaparse';
import type { AnalysisAccount, Outcome } from '@/lib/analysis/analysis-account';
import { generateAccounts } from './generate-accounts';

const LIFECYCLE: Record<Outcome, string> = {
  customer: 'Customer',
  churned: 'Former Customer',
  lost: 'Closed Lost',
  open: 'Opportunity',
};

/** A size band as a headcount inside it, the way a CRM holds "Number of Employees". */
function headcountOf(band: string | undefined): string {
  const low = band ? Number(/^\d+/.exec(band)?.[0]) : Number.NaN;
  return Number.isFinite(low) ? String(low + 4) : '';
}

/**
 * The planted-pattern accounts (planted-patterns.ts) written as a HubSpot companies export, so
 * the CLI and the options page read the patterns through the real import.
 */
export function plantedHubSpotCsv(seed = 1): string {
  const rows = generateAccounts(seed).map((account: AnalysisAccount) => ({
    'Company name': account.name ?? '',
    'Company Domain Name': account.domain ?? '',
    Industry: account.industry ?? '',
    'Number of Employees': headcountOf(account.employeeRange),
    'Annual Revenue': account.revenueUsd === undefined ? '' : String(account.revenueUsd),
    'Country/Region': account.hqCountry ?? '',
    Technologies: account.technology.join('; '),
    'Last Funding Type': account.fundingStage ?? '',
    'Close Date': account.closeDate ?? '',
    'Lifecycle Stage': LIFECYCLE[account.outcome],
    'Total Revenue': account.value === undefined ? '' : String(account.value),
  }));
  return Papa.unparse(rows);
}
