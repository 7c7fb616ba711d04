import type { AnalysisAccount } from '@/lib/analysis/analysis-account';
import { CURRENT_ICP_FORMAT_VERSION, type Criterion, type Icp } from '@/lib/icp/schema';
import { account } from './account';

export const NOW = new Date('2026-11-23T12:00:00Z');

/*
 * Scores under the ICP below (industry 60, country 30, CRM 10 of 100):
 * A  Financial Services, US  -> 90 (100 with Salesforce): Strong fit
 * B  Financial Services, DE  -> 60: Possible fit
 * C  Software, US            -> 30: Poor fit
 * D  Software, DE            ->  0: Poor fit
 * E  Retail, US              -> disqualified
 */
const A = { industry: 'Financial Services', hqCountry: 'US' };
const B = { industry: 'Financial Services', hqCountry: 'DE' };
const C = { industry: 'Software Development', hqCountry: 'US' };
const D = { industry: 'Software Development', hqCountry: 'DE' };
const E = { industry: 'Retail', hqCountry: 'US' };

export const ACCOUNTS: AnalysisAccount[] = [
  // A: won 3, lost 1, open 1
  account(2, { ...A, outcome: 'customer', value: 100 }),
  account(3, { ...A, outcome: 'customer', value: 200, technology: ['Salesforce'] }),
  account(4, { ...A, outcome: 'churned', value: 60 }),
  account(5, { ...A, outcome: 'lost' }),
  account(6, { ...A, outcome: 'open' }),
  // B: won 2, lost 1, open 1
  account(7, { ...B, outcome: 'customer', value: 50 }),
  account(8, { ...B, outcome: 'customer', value: 70 }),
  account(9, { ...B, outcome: 'lost' }),
  account(10, { ...B, outcome: 'open' }),
  // C: won 1, lost 3
  account(11, { ...C, outcome: 'churned', value: 30 }),
  account(12, { ...C, outcome: 'lost' }),
  account(13, { ...C, outcome: 'lost' }),
  account(14, { ...C, outcome: 'lost' }),
  // D: won 1, lost 2
  account(15, { ...D, outcome: 'lost', technology: ['HubSpot'] }),
  account(16, { ...D, outcome: 'lost' }),
  account(17, { ...D, outcome: 'customer', value: 20 }),
  // E: won 1, lost 1
  account(18, { ...E, outcome: 'customer', value: 10 }),
  account(19, { ...E, outcome: 'lost' }),
];

export function icpWith(criteria: Icp['criteria']): Icp {
  return {
    format: 'fitcheck-icp',
    formatVersion: CURRENT_ICP_FORMAT_VERSION,
    id: 'test',
    name: 'Test',
    version: 1,
    reviewedAt: '2026-11-01',
    criteria,
    disqualifiers: [
      {
        id: 'retail',
        label: 'Retail',
        field: 'industry',
        operator: 'in_list',
        value: ['Retail'],
        reason: 'Churns.',
      },
    ],
    tiers: [
      { id: 'strong', label: 'Strong fit', badge: 'A', minScore: 70, color: '#16a34a' },
      { id: 'possible', label: 'Possible fit', badge: 'B', minScore: 40, color: '#ca8a04' },
      { id: 'poor', label: 'Poor fit', badge: 'C', minScore: 0, color: '#dc2626' },
    ],
  };
}

const rule = { layer: 'firmographic', mustHave: false, rationale: 'Because.' } as const;
export const INDUSTRY: Criterion = {
  ...rule,
  id: 'industry',
  label: 'Industry',
  field: 'industry',
  operator: 'in_list',
  value: ['Financial Services'],
  weight: 60,
};
export const COUNTRY: Criterion = {
  ...rule,
  id: 'country',
  label: 'Country',
  field: 'hqCountry',
  operator: 'in_list',
  value: ['US'],
  weight: 30,
};
export const CRM: Criterion = {
  ...rule,
  id: 'crm',
  label: 'CRM',
  field: 'technology',
  operator: 'includes_any',
  value: ['Salesforce'],
  weight: 10,
};
