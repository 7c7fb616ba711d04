import { describe, expect, it } from 'vitest';
import type { Outcome } from '@/lib/analysis/analysis-account';
import { readOutcome } from '@/lib/analysis/import/read-outcome';

const CASES: [string, Outcome | undefined][] = [
  // HubSpot lifecycle stages, by label and internal value.
  ['customer', 'customer'],
  ['Customer', 'customer'],
  ['Evangelist', 'customer'],
  ['Former Customer', 'churned'],
  ['churned', 'churned'],
  ['Lead', 'open'],
  ['subscriber', 'open'],
  ['Marketing Qualified Lead', 'open'],
  ['marketingqualifiedlead', 'open'],
  ['MQL', 'open'],
  ['SQL', 'open'],
  ['salesqualifiedlead', 'open'],
  ['Opportunity', 'open'],
  ['Other', undefined],
  // Salesforce account types.
  ['Customer - Direct', 'customer'],
  ['Customer - Channel', 'customer'],
  ['Prospect', 'open'],
  ['Partner', undefined],
  ['Installation Partner', undefined],
  // Opportunity and deal stages.
  ['Closed Won', 'customer'],
  ['closedwon', 'customer'],
  ['CLOSED_LOST', 'lost'],
  ['Closed Lost', 'lost'],
  ['Negotiation/Review', 'open'],
  ['Proposal/Price Quote', 'open'],
  ['Id. Decision Makers', 'open'],
  ['appointmentscheduled', 'open'],
  ['Contract Sent', 'open'],
  // Plain words.
  ['Won', 'customer'],
  ['lost', 'lost'],
  ['Active', 'customer'],
  ['Cancelled', 'churned'],
  ['canceled', 'churned'],
  ['  Churned  ', 'churned'],
  ['yes', undefined],
  ['', undefined],
  ['New Business', undefined],
  ['constructor', undefined],
];

describe('readOutcome', () => {
  it.each(CASES)('reads %j as %s', (text, outcome) => {
    expect(readOutcome(text)).toBe(outcome);
  });

  it('reads a churn flag column: yes is churned, no is a customer, outcome words still read', () => {
    for (const yes of ['yes', 'Y', 'TRUE', '1', 'x'])
      expect(readOutcome(yes, { churnFlag: true })).toBe('churned');
    for (const no of ['no', 'N', 'false', '0']) expect(readOutcome(no, { churnFlag: true })).toBe('customer');
    expect(readOutcome('Churned', { churnFlag: true })).toBe('churned');
    expect(readOutcome('maybe', { churnFlag: true })).toBeUndefined();
    expect(readOutcome('constructor', { churnFlag: true })).toBeUndefined();
  });

  it('never throws, whatever it is given', () => {
    expect(readOutcome(undefined as unknown as string)).toBeUndefined();
    expect(readOutcome('x'.repeat(10_000))).toBeUndefined();
  });
});
