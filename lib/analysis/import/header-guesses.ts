import { headerWords } from '@/lib/header-words';
import type { ColumnRole } from './column-roles';

const phrases = (text: string) => text.split(', ');

/**
 * Header names per role, best first, as headerKey writes them (lowercase words, no punctuation):
 * HubSpot companies and Salesforce accounts and opportunities as their exports name the columns,
 * then generic names. A header is matched whole, so "Company name" is a name and never an industry.
 */
export const HEADER_GUESSES: Readonly<Record<ColumnRole, readonly string[]>> = {
  name: phrases('company name, account name, company, account, organization name, organisation name, name'),
  domain: phrases(
    'company domain name, domain, domain name, company domain, website, website url, company website, ' +
      'web site, url, homepage',
  ),
  industry: phrases('industry, company industry, sector, vertical'),
  employees: phrases(
    'number of employees, employees, no of employees, num employees, employee count, employee range, ' +
      'company size, headcount, size',
  ),
  revenue: phrases('annual revenue, company annual revenue, revenue, company revenue'),
  country: phrases(
    'country region, country, billing country, hq country, headquarters country, company country, ' +
      'country code, billing country code, shipping country',
  ),
  technologies: phrases('technologies, web technologies, technology, tech stack, technology stack, tools'),
  fundingStage: phrases(
    'last funding type, funding stage, latest funding type, last funding round, funding round, funding type',
  ),
  closeDate: phrases('close date, closed date, closedate, became a customer date, customer since, won date'),
  // Stages before "Type": a Salesforce opportunity export has both, and the stage says won or lost.
  outcome: phrases(
    'lifecycle stage, deal stage, opportunity stage, stage, outcome, type, account type, customer status, ' +
      'account status, status',
  ),
  churned: phrases('churned, churn, is churned, has churned, churned customer, churn flag'),
  // HubSpot's "Total Revenue" is the sum of the company's closed-won deals: what it has paid so far.
  ltv: phrases('ltv, lifetime value, customer lifetime value, clv, total revenue, lifetime revenue'),
  acv: phrases('acv, annual contract value, arr, annual recurring revenue'),
  mrr: phrases('mrr, monthly recurring revenue'),
  amount: phrases('amount, deal amount, recent deal amount, opportunity amount, amount converted'),
};

/**
 * "Country/Region", "country_region" and "CountryRegion" become "country region"; a trailing
 * "USD" or "$" is dropped ("Annual Revenue (USD)"), any other currency is kept so the header stays
 * unmatched: its values would not read as dollars anyway.
 */
export function headerKey(header: string): string {
  return headerWords(header)
    .replace(/(?:^| )(?:in )?usd$/, '')
    .trim();
}
