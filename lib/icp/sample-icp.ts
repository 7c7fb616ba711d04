import { CURRENT_ICP_FORMAT_VERSION, type Icp } from './schema';

/**
 * The ICP a fresh install starts with, so the SDR sees a fit on the first company page. The
 * end-to-end tests score fixture pages against it: change it only together with them.
 */
export const SAMPLE_ICP: Icp = {
  format: 'fitcheck-icp',
  formatVersion: CURRENT_ICP_FORMAT_VERSION,
  id: 'sample-midmarket-saas',
  name: 'Mid-market B2B SaaS (sample)',
  description:
    "A sample ICP for a seller of B2B SaaS to mid-market companies: replace it with your team's own.",
  version: 1,
  reviewedAt: '2026-11-01',
  criteria: [
    {
      id: 'industry',
      label: 'Target industry',
      layer: 'firmographic',
      field: 'industry',
      operator: 'in_list',
      value: ['Software Development', 'Financial Services', 'IT Services and IT Consulting'],
      weight: 20,
      mustHave: true,
      rationale:
        'Our wins and case studies come from software, fintech and IT services teams; outside them deals stall.',
      productFit:
        'These teams run outbound at volume and feel the cost of chasing accounts that never close.',
    },
    {
      id: 'company-size',
      label: 'Mid-market headcount',
      layer: 'firmographic',
      field: 'employeeRange',
      operator: 'size_in_range',
      value: { min: 100, max: 3000 },
      weight: 20,
      mustHave: true,
      rationale:
        'Below 100 people there is rarely a dedicated sales team; above 3,000 the buying cycle runs through procurement.',
      productFit: 'A team of 5 to 50 sellers gets value in the first month without a long rollout.',
    },
    {
      id: 'hq-country',
      label: 'Headquarters in a served market',
      layer: 'firmographic',
      field: 'hqCountry',
      operator: 'in_list',
      value: ['US', 'GB', 'CA'],
      weight: 20,
      mustHave: false,
      rationale: 'We sell, bill and support in English from US and UK hours.',
      productFit: 'Our data coverage and integrations are strongest for North American and UK companies.',
    },
    {
      id: 'crm-stack',
      label: 'Runs a CRM or marketing platform we integrate with',
      layer: 'technographic',
      field: 'technology',
      operator: 'includes_any',
      value: ['Salesforce', 'HubSpot', 'Marketo'],
      weight: 20,
      mustHave: false,
      rationale: 'A company on one of these tools has a revenue process we can plug into on day one.',
      productFit: 'Native two-way sync with Salesforce, HubSpot and Marketo: no CSV imports, no custom work.',
    },
    {
      id: 'funding-stage',
      label: 'Growth-stage funding',
      layer: 'behavioral',
      field: 'fundingStage',
      operator: 'in_list',
      value: ['series_b', 'series_c', 'series_d', 'series_e'],
      weight: 10,
      mustHave: false,
      rationale: 'Series B to E companies are told to grow pipeline fast and have budget to do it.',
      productFit: 'We help a newly funded sales team hit its targets without doubling headcount.',
    },
    {
      id: 'recent-funding',
      label: 'Raised in the last 12 months',
      layer: 'behavioral',
      field: 'lastFundingDate',
      operator: 'within_days',
      value: 365,
      weight: 10,
      mustHave: false,
      rationale: 'A round in the last year usually means new sales hires and new tooling budget.',
      productFit: 'Open with the round: new reps ramp faster when they only work accounts that fit.',
    },
  ],
  disqualifiers: [
    {
      id: 'competitor',
      label: 'Competitor',
      field: 'domain',
      operator: 'in_list',
      value: ['quotaly.io', 'pipelinepilot.com', 'fitscore.ai'],
      reason: 'A competitor: do not prospect.',
    },
    {
      id: 'unserved-country',
      label: 'Country we cannot serve',
      field: 'hqCountry',
      operator: 'in_list',
      value: ['RU', 'BY', 'IR', 'KP', 'CU', 'SY'],
      reason: 'We cannot sell or support customers there.',
    },
  ],
  tiers: [
    { id: 'green', label: 'Strong fit', badge: 'A', minScore: 80, color: '#16a34a' },
    { id: 'yellow', label: 'Possible fit', badge: 'B', minScore: 60, color: '#ca8a04' },
    { id: 'red', label: 'Poor fit', badge: 'C', minScore: 0, color: '#dc2626' },
  ],
  persona: {
    titles: ['VP Sales', 'Head of Revenue Operations', 'Director of Sales Development'],
    seniority: ['vp', 'head', 'director'],
  },
};
