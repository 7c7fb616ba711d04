import { describe, expect, it } from 'vitest';
import { toJson } from '@/lib/export/to-json';
import { ACME, ALL_ROWS, BARELY_KNOWN, COMPETITOR, EVIL_NOTE } from './export-rows';

const EXPORTED_AT = new Date('2026-11-23T12:34:56Z');

interface ParsedExport {
  format: string;
  formatVersion: number;
  exportedAt: string;
  accounts: {
    id: string;
    facts: Record<string, unknown>;
    fit: Record<string, unknown>;
    shortlist: unknown;
  }[];
}

function parse(json: string): ParsedExport {
  return JSON.parse(json) as ParsedExport;
}

describe('toJson', () => {
  it('writes a versioned, pretty-printed document', () => {
    const json = toJson(ALL_ROWS, EXPORTED_AT);
    expect(json.startsWith('{\n  "format": "fitcheck-accounts",\n  "formatVersion": 1,')).toBe(true);
    const parsed = parse(json);
    expect(parsed.exportedAt).toBe('2026-11-23T12:34:56.000Z');
    expect(parsed.accounts.map((account) => account.id)).toEqual(ALL_ROWS.map((row) => row.account.id));
  });

  it('gives an account its identity, normalized facts, fit and shortlist entry', () => {
    const [acme] = parse(toJson([ACME], EXPORTED_AT)).accounts;
    expect(acme).toMatchObject({
      id: ACME.account.id,
      name: 'Acme',
      domain: 'acme.com',
      linkedinUrl: 'https://www.linkedin.com/company/acme/',
      shortlist: { status: 'contacted', note: EVIL_NOTE, addedAt: '2026-11-21T11:00:00.000Z' },
    });
    expect(acme?.facts).toMatchObject({
      employeeRange: '1001-5000',
      employeesOnLinkedIn: 4213,
      technology: ['Salesforce', 'HubSpot', 'Marketo'],
      pricingPage: true,
    });
    expect(acme?.fit).toMatchObject({
      icpId: 'sample-midmarket-saas',
      icpName: 'Mid-market B2B SaaS (sample)',
      icpVersion: 1,
      tier: { id: 'green', label: 'Strong fit' },
      score: 100,
      coverage: 1,
      disqualified: false,
    });
  });

  it('lists each criterion with what was expected, what was read and where', () => {
    const [acme] = parse(toJson([ACME], EXPORTED_AT)).accounts;
    const criteria = acme?.fit.criteria as Record<string, unknown>[];
    expect(criteria).toHaveLength(6);
    expect(criteria[0]).toEqual({
      id: 'industry',
      label: 'Target industry',
      status: 'matched',
      weight: 20,
      mustHave: true,
      expected: ACME.fit.criteria[0]?.expected,
      actual: ACME.fit.criteria[0]?.actual,
      evidenceUrls: ['https://www.linkedin.com/company/acme/'],
    });
  });

  it('writes unknowns as null, never leaving keys out', () => {
    const [barely, competitor] = parse(toJson([BARELY_KNOWN, COMPETITOR], EXPORTED_AT)).accounts;
    expect(barely).toMatchObject({ name: null, domain: null, shortlist: null });
    const criteria = barely?.fit.criteria as Record<string, unknown>[];
    for (const criterion of criteria)
      expect(criterion).toMatchObject({ status: 'unknown', actual: null, evidenceUrls: [] });
    const disqualifiers = competitor?.fit.disqualifiers as Record<string, unknown>[];
    expect(disqualifiers.find((result) => result.id === 'competitor')).toMatchObject({
      status: 'hit',
      actual: 'quotaly.io',
      evidenceUrls: ['https://acme.com/'],
    });
  });
});
