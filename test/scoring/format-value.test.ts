import { describe, expect, it } from 'vitest';
import { formatFieldValue } from '@/lib/scoring/format-value';
import { settleHint } from '@/lib/scoring/settle-hints';
import type { SignalField } from '@/lib/signals/vocabulary';

describe('formatFieldValue', () => {
  it.each([
    ['employeeRange', '1001-5000', '1,001–5,000 employees'],
    ['employeeRange', '10001+', '10,001+ employees'],
    ['employeeRange', '2-10', '2–10 employees'],
    ['employeeRange', 'myself only', 'myself only'],
    ['fundingStage', 'series_c', 'Series C'],
    ['fundingStage', 'pre_seed', 'Pre-seed'],
    ['fundingStage', 'post_ipo', 'Post-IPO'],
    ['companyType', 'private', 'Privately held'],
    ['compliance', ['soc2', 'iso27001'], 'SOC 2, ISO 27001'],
    ['seniority', 'vp', 'VP'],
    ['technology', ['HubSpot', 'Salesforce'], 'HubSpot, Salesforce'],
    ['employeesOnLinkedIn', 4213, '4,213'],
    ['foundedYear', 1952, '1952'],
    ['totalFundingUsd', 85000000, '$85,000,000'],
    ['freeTrial', true, 'Yes'],
    ['demoCta', false, 'No'],
    ['hqCountry', 'US', 'US'],
    ['lastFundingDate', '2026-06', '2026-06'],
    ['industry', 'Software Development', 'Software Development'],
  ] as const)('%s %j -> %s', (field, value, expected) => {
    expect(formatFieldValue(field, value)).toBe(expected);
  });
});

describe('settleHint', () => {
  it.each([
    ['industry', "Open the company's LinkedIn About tab."],
    ['employeeRange', "Open the company's LinkedIn About tab."],
    ['technology', "Open the company's website: Fitcheck reads the tools it loads."],
    ['lastFundingDate', "Open the company's Crunchbase page or its LinkedIn page (funding module)."],
    ['totalFundingUsd', "Open the company's Crunchbase page or its LinkedIn page (funding module)."],
    ['openRoles', "Open the company's careers page or LinkedIn Jobs tab."],
    ['domain', "Open the LinkedIn About tab or the company's website."],
    ['freeTrial', "Open the company's website (trust/security or pricing page)."],
    ['seniority', "Open the person's LinkedIn profile."],
    ['followers', "Open the company's LinkedIn page."],
  ] as [SignalField, string][])('%s -> %s', (field, hint) => {
    expect(settleHint(field)).toBe(hint);
  });
});
