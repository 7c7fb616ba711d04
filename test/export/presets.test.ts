import { describe, expect, it } from 'vitest';
import { PRESET_IDS } from '@/lib/export/presets';
import { ACME, BARELY_KNOWN, COMPETITOR, ZURICH } from './export-rows';
import { cellsOf, headersOf } from './cells';

const FITCHECK_FIT = [
  ...['Fitcheck Tier', 'Fitcheck Score', 'Fitcheck Coverage', 'Fitcheck ICP', 'Fitcheck ICP Version'],
  ...[
    'Fitcheck Disqualified',
    'Fitcheck Disqualifiers',
    'Fitcheck Matched Criteria',
    'Fitcheck Missed Criteria',
  ],
  ...['Fitcheck Unknown Criteria', 'Fitcheck Summary', 'Fitcheck Status', 'Fitcheck Note'],
];
const FITCHECK_FACTS = [
  ...[
    'Fitcheck Industry',
    'Fitcheck Employee Range',
    'Fitcheck Employees on LinkedIn',
    'Fitcheck Technology',
  ],
  ...['Fitcheck Funding Stage', 'Fitcheck Last Funding Date', 'Fitcheck Evidence'],
];

describe('the HubSpot preset', () => {
  it('uses the default company property labels, then Fitcheck custom columns', () => {
    expect(headersOf('hubspot')).toEqual([
      ...[
        'Company name',
        'Company Domain Name',
        'Website URL',
        'LinkedIn Company Page',
        'Number of Employees',
      ],
      ...['City', 'State/Region', 'Country/Region', 'Year Founded'],
      ...FITCHECK_FIT,
      ...FITCHECK_FACTS,
    ]);
  });

  it('fills the standard properties with values HubSpot accepts', () => {
    expect(cellsOf(ACME, 'hubspot')).toMatchObject({
      'Company name': 'Acme',
      'Company Domain Name': 'acme.com',
      'Website URL': 'https://acme.com',
      'LinkedIn Company Page': 'https://www.linkedin.com/company/acme/',
      'Number of Employees': '1001',
      City: 'Fairfield',
      'State/Region': 'NJ',
      'Country/Region': 'United States',
      'Year Founded': '1952',
      'Fitcheck Industry': 'Software Development',
      'Fitcheck Employee Range': '1001-5000',
      'Fitcheck Funding Stage': 'Series C',
      'Fitcheck Technology': 'Salesforce; HubSpot; Marketo',
      'Fitcheck Summary': 'Strong fit, 100/100 on Mid-market B2B SaaS (sample) v1.',
    });
  });

  it('writes no company name it did not read, so an update never renames a company', () => {
    expect(cellsOf(BARELY_KNOWN, 'hubspot')['Company name']).toBe('');
  });
});

describe('the Salesforce preset', () => {
  it('uses the standard Account field labels, then Fitcheck custom columns', () => {
    expect(headersOf('salesforce')).toEqual([
      ...[
        'Account Name',
        'Website',
        'Employees',
        'Billing City',
        'Billing State/Province',
        'Billing Country',
      ],
      ...FITCHECK_FIT,
      ...FITCHECK_FACTS,
      ...['Fitcheck LinkedIn Page', 'Fitcheck HQ Region', 'Fitcheck HQ Country Code'],
    ]);
  });

  it('names US states and the country in full, as the address picklists expect', () => {
    expect(cellsOf(ACME, 'salesforce')).toMatchObject({
      'Account Name': 'Acme',
      Website: 'https://acme.com',
      Employees: '1001',
      'Billing City': 'Fairfield',
      'Billing State/Province': 'New Jersey',
      'Billing Country': 'United States',
      'Fitcheck HQ Region': 'NJ',
      'Fitcheck HQ Country Code': 'US',
    });
  });

  it('leaves the billing state empty for a country without state picklist values, keeping the region', () => {
    expect(cellsOf(ZURICH, 'salesforce')).toMatchObject({
      'Billing City': 'Zürich',
      'Billing State/Province': '',
      'Billing Country': 'Switzerland',
      Employees: '10001',
      'Fitcheck HQ Region': 'Zürich',
      'Fitcheck Summary':
        'Poor fit, 20/100 on Mid-market B2B SaaS (sample) v1. Missed: Mid-market headcount; Headquarters in a served market. ' +
        'Unknown: Runs a CRM or marketing platform we integrate with; Growth-stage funding; Raised in the last 12 months.',
    });
  });

  it('always fills the required Account Name', () => {
    expect(cellsOf(COMPETITOR, 'salesforce')['Account Name']).toBe('<script>alert("x")</script> & Co');
    expect(cellsOf(BARELY_KNOWN, 'salesforce')['Account Name']).toBe(
      'https://www.linkedin.com/company/mystery-co/',
    );
  });
});

describe('every preset', () => {
  it.each(PRESET_IDS)('%s names each column once', (preset) => {
    const headers = headersOf(preset);
    expect(new Set(headers).size).toBe(headers.length);
  });

  it.each(['hubspot', 'salesforce'] as const)(
    '%s does not write Industry or Description, whose values would fail or overwrite',
    (preset) => {
      expect(headersOf(preset)).not.toContain('Industry');
      expect(headersOf(preset)).not.toContain('Description');
    },
  );
});
