import { describe, expect, it } from 'vitest';
import type { Icp } from '@/lib/icp/schema';
import { SAMPLE_ICP } from '@/lib/icp/sample-icp';
import { score } from '@/lib/scoring/score';
import { verdictOf } from '@/lib/scoring/verdict';
import type { Signal } from '@/lib/signals/vocabulary';
import { toListLookup } from '@/lib/suppression/suppression-index';
import { signal } from '../helpers/signals';

const NOW = new Date('2026-11-23T12:00:00Z');
const LISTS = new Map([['customers', toListLookup({ domains: ['acme7.com'], linkedinSlugs: [] })]]);

/** The sample ICP plus a list disqualifier, a missed-must-have cap and a single-tier variant. */
const ICPS: Icp[] = [
  SAMPLE_ICP,
  {
    ...SAMPLE_ICP,
    id: 'with-list',
    disqualifiers: [
      ...SAMPLE_ICP.disqualifiers,
      {
        id: 'customer',
        label: 'Customer',
        field: 'domain',
        operator: 'on_list',
        value: 'customers',
        reason: 'Ours.',
      },
    ],
  },
  {
    ...SAMPLE_ICP,
    id: 'one-tier',
    tiers: [{ id: 'all', label: 'All', badge: 'A', minScore: 0, color: '#000000' }],
  },
];

/** Every combination of present, matching and missing values over the sample ICP's fields. */
function accounts(): { signals: Signal[] }[] {
  const choices = {
    industry: [undefined, 'Software Development', 'Retail'],
    employeeRange: [undefined, '201-500', '10001+'],
    hqCountry: [undefined, 'US', 'RU'],
    technology: [undefined, ['HubSpot'], ['Zendesk']],
    fundingStage: [undefined, 'series_b', 'seed'],
    lastFundingDate: [undefined, '2026-06-12', '2020-01-01'],
    domain: [undefined, 'acme7.com', 'quotaly.io', 'other.com'],
  } as const;
  const fields = Object.keys(choices) as (keyof typeof choices)[];
  const all: { signals: Signal[] }[] = [];
  for (let n = 0; n < 3 ** 6 * 4; n++) {
    let rest = n;
    const signals: Signal[] = [];
    for (const field of fields) {
      const options = choices[field] as readonly unknown[];
      const value = options[rest % options.length];
      rest = Math.floor(rest / options.length);
      if (value !== undefined) signals.push(signal(field, value as never));
    }
    all.push({ signals });
  }
  return all;
}

describe('verdictOf', () => {
  it('gives the score, tier and disqualification score() gives, for every combination', () => {
    const cases = accounts();
    expect(cases).toHaveLength(2916);
    for (const icp of ICPS) {
      for (const account of cases) {
        const fit = score(account, icp, NOW, LISTS);
        const verdict = verdictOf(account, icp, NOW, LISTS);
        expect(verdict).toEqual({ score: fit.score, tier: fit.tier, disqualified: fit.disqualified });
      }
    }
  });
});
