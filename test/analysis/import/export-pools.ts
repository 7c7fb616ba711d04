import type { Outcome } from '@/lib/analysis/analysis-account';

/**
 * What a generated cell says and what reading it must give, written out by hand rather than
 * computed with the code under test: `expected` undefined is a blank cell (no value, no problem),
 * UNREADABLE a cell that must be counted as a column problem, SKIP an outcome that skips the row.
 */
export const UNREADABLE = Symbol('unreadable');
export const SKIP = Symbol('skip');

export interface Pooled<T> {
  text: string;
  expected: T | undefined | typeof UNREADABLE;
}

const pool = <T>(entries: [string, T | undefined | typeof UNREADABLE][]): Pooled<T>[] =>
  entries.map(([text, expected]) => ({ text, expected }));

export const HUBSPOT_STAGES = pool<Outcome | typeof SKIP>([
  ...Array.from({ length: 6 }, (): [string, Outcome] => ['customer', 'customer']),
  ['Customer', 'customer'],
  ['evangelist', 'customer'],
  ['Former Customer', 'churned'],
  ['former customer', 'churned'],
  ['churned', 'churned'],
  ['lead', 'open'],
  ['Subscriber', 'open'],
  ['marketingqualifiedlead', 'open'],
  ['Sales Qualified Lead', 'open'],
  ['Opportunity', 'open'],
  ['Other', SKIP],
  ['', SKIP],
]);

export const SALESFORCE_TYPES = pool<Outcome | typeof SKIP>([
  ...Array.from({ length: 5 }, (): [string, Outcome] => ['Customer - Direct', 'customer']),
  ['Customer - Channel', 'customer'],
  ['Former Customer', 'churned'],
  ['Churned', 'churned'],
  ['Prospect', 'open'],
  ['Prospect', 'open'],
  ['Partner', SKIP],
  ['', SKIP],
]);

export const INDUSTRIES = pool<string>([
  ['Computer Software', 'Software Development'],
  ['Software Development', 'Software Development'],
  ['Information Technology & Services', 'IT Services and IT Consulting'],
  ['Financial Services', 'Financial Services'],
  ['financial services', 'Financial Services'],
  ['Hospital & Health Care', 'Hospitals and Health Care'],
  ['COMPUTER_SOFTWARE', 'Software Development'],
  ['Space Yoga', 'Space Yoga'],
  ['Artisanal Widgets', 'Artisanal Widgets'],
  ['N/A', undefined],
  ['', undefined],
]);

export const COUNTRIES = pool<string>([
  ['United States', 'US'],
  ['USA', 'US'],
  ['US', 'US'],
  ['Germany', 'DE'],
  ['Deutschland', 'DE'],
  ['United Kingdom', 'GB'],
  ['France', 'FR'],
  ['Atlantis', UNREADABLE],
  ['', undefined],
]);

export const FUNDING_STAGES = pool<string>([
  ['Series A', 'series_a'],
  ['Series B', 'series_b'],
  ['Seed', 'seed'],
  ['IPO', 'ipo'],
  ['Private Equity', 'private_equity'],
  ['Bootstrapped', UNREADABLE],
  ['', undefined],
]);

export const TOOLS = [
  'HubSpot',
  'Salesforce',
  'Stripe',
  'Segment',
  'Snowflake',
  'Intercom',
  'Zendesk',
  'Okta',
];

/** LinkedIn's size bands, written out again here so the test does not borrow the code's table. */
export const SIZE_BANDS: readonly [number, number, string, string][] = [
  [0, 1, '0-1', '0-1'],
  [2, 10, '2-10', '2-10'],
  [11, 50, '11-50', '11-50'],
  [51, 200, '51-200', '51-200'],
  [201, 500, '201-500', '201-500'],
  [501, 1000, '501-1000', '501-1,000'],
  [1001, 5000, '1001-5000', '1,001-5,000'],
  [5001, 10000, '5001-10000', '5,001-10,000'],
  [10001, Number.POSITIVE_INFINITY, '10001+', '10,001+'],
];
