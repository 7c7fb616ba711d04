import { describe, expect, it } from 'vitest';
import { backtestIcp } from '@/lib/analysis/backtest';
import { formatBacktestReport, formatLiftReport } from '@/lib/analysis/format-report';
import { analyzeLift } from '@/lib/analysis/lift';
import { renderTable } from '@/lib/analysis/text-table';
import { ACCOUNTS, COUNTRY, CRM, icpWith, INDUSTRY, NOW } from './backtest-fixture';
import { generateAccounts } from './generate-accounts';

describe('renderTable', () => {
  it('pads every column to its widest cell, numbers to the right', () => {
    const table = renderTable(
      [{ header: 'Name' }, { header: 'Count', align: 'right' }],
      [
        ['Financial Services', '20'],
        ['Retail', '4'],
      ],
    );
    expect(table.split('\n')).toEqual([
      'Name                Count',
      '------------------  -----',
      'Financial Services     20',
      'Retail                  4',
    ]);
  });
});

describe('formatLiftReport', () => {
  const text = formatLiftReport(analyzeLift(generateAccounts(1)));

  it('states the groups and the top-quartile threshold', () => {
    expect(text).toContain('Customer base: 260 won accounts (customers and churned), 60 of them churned.');
    expect(text).toMatch(
      /Top-quartile customers: the best 50 of 200 current customers ranked by value \(value 1\d\d,\d{3} or more\)\./,
    );
  });

  it('says revenue is analysed but cannot become a criterion', () => {
    expect(text).toMatch(/Revenue .* none: analysed only, no page shows it, so it cannot become a criterion/);
  });

  it('prints one line per value, with its counts, shares, lifts and signal', () => {
    const line = text.split('\n').find((l) => l.startsWith('Industry       Financial Services'));
    // Padded to the widest value of the column, "IT Services and IT Consulting".
    expect(line).toBe(
      'Industry       Financial Services             20  40%   39  15%  2.7×   4   7%        0.4×  +       ! churned',
    );
    const retail = text.split('\n').find((l) => l.startsWith('Industry       Retail'));
    expect(retail).toMatch(/3\.3×\s+-\s+! top$/);
  });
});

describe('formatBacktestReport', () => {
  const text = formatBacktestReport(backtestIcp(ACCOUNTS, icpWith([INDUSTRY, COUNTRY, CRM]), NOW));

  it('prints the tiers, the ICP against the rest, the verdict and each criterion', () => {
    const lines = text.split('\n');
    expect(lines.find((l) => l.startsWith('Strong fit'))?.split(/\s{2,}/)).toEqual([
      'Strong fit',
      '5',
      '3',
      '1',
      '1',
      '75%',
      '33%',
      '120',
    ]);
    expect(lines.find((l) => l.startsWith('Non-ICP'))?.split(/\s{2,}/)).toEqual([
      'Non-ICP',
      '13',
      '5',
      '7',
      '1',
      '42%',
      '20%',
      '36',
    ]);
    expect(text).toContain('Disqualified');
    expect(text).toContain('the ICP does not separate winners from losers.');
    expect(lines.find((l) => l.startsWith('CRM'))).toMatch(/unknown for 16 of 18 accounts$/);
    expect(lines.find((l) => l.startsWith('Industry'))).toMatch(
      /71% \(5\/7\)\s+33% \(3\/9\)\s+0\s+2\.1×\s+separates winners from losers$/,
    );
  });
});
