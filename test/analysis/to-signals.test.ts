import { describe, expect, it } from 'vitest';
import { analysisSignals } from '@/lib/analysis/to-signals';
import { signalSchema } from '@/lib/signals/vocabulary';
import { valuesOf } from '../helpers/signals';
import { account } from './account';

describe('analysisSignals', () => {
  it('gives the record as valid signals, with evidence pointing at its line', () => {
    const record = account(12, {
      name: 'Acme',
      domain: 'acme.com',
      industry: 'Financial Services',
      employeeRange: '201-500',
      hqCountry: 'US',
      technology: ['HubSpot', 'Salesforce'],
      fundingStage: 'series_b',
      closeDate: '2026-03-31',
      value: 1000,
      revenueUsd: 5e6,
    });
    const signals = analysisSignals(record, 'accounts.csv');
    expect(valuesOf(signals)).toEqual({
      name: 'Acme',
      domain: 'acme.com',
      industry: 'Financial Services',
      employeeRange: '201-500',
      hqCountry: 'US',
      technology: ['HubSpot', 'Salesforce'],
      fundingStage: 'series_b',
    });
    for (const signal of signals) expect(signalSchema.safeParse(signal).success).toBe(true);
    expect(signals[0]?.evidence).toEqual({
      url: 'https://crm-export.invalid/accounts.csv/line/12',
      extractorId: 'crm-export',
      seenAt: '2026-03-31T00:00:00.000Z',
      sourceText: 'accounts.csv, line 12: Acme',
    });
  });

  it('drops values the vocabulary refuses, keeping the rest', () => {
    const record = account(3, {
      domain: 'WWW.Acme.com',
      hqCountry: 'usa',
      employeeRange: 'lots',
      industry: '  ',
      technology: ['', 'HubSpot'],
      closeDate: '2026-02-30',
    });
    const signals = analysisSignals(record, 'my export.csv');
    expect(valuesOf(signals)).toEqual({ technology: ['HubSpot'] });
    expect(signals[0]?.evidence.url).toBe('https://crm-export.invalid/my%20export.csv/line/3');
    expect(signals[0]?.evidence.seenAt).toBe('1970-01-01T00:00:00.000Z');
  });

  it('gives no signal for a record with nothing in it', () => {
    expect(analysisSignals(account(2), 'x.csv')).toEqual([]);
  });
});
