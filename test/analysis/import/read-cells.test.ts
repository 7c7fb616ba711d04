import { describe, expect, it } from 'vitest';
import { isBlankCell } from '@/lib/analysis/import/blank-cell';
import { CELL_READERS, readIndustry, splitTechnologies } from '@/lib/analysis/import/read-cells';
import { readUsdAmount } from '@/lib/analysis/import/read-amount';
import { readCloseDate } from '@/lib/analysis/import/read-close-date';
import { readEmployees } from '@/lib/analysis/import/read-employees';

describe('readUsdAmount', () => {
  it.each([
    ['1200000', 1_200_000],
    ['1200000.0', 1_200_000],
    ['1,200,000', 1_200_000],
    ['$1,200,000.00', 1_200_000],
    ['USD 3,000,000', 3_000_000],
    ['US$ 85.0M', 85_000_000],
    ['$2.5M', 2_500_000],
    ['1.2M', 1_200_000],
    ['$1.2B', 1_200_000_000],
    ['3K', 3000],
    ['2,5 Mio.', 2_500_000],
    ['1.234.567,89', 1_234_567.89],
    ['1,234,567.89', 1_234_567.89],
    ["1'234'567", 1_234_567],
    ['1 234 567,50', 1_234_567.5],
    ['1234,56', 1234.56],
    ['0,500', 0.5],
    ['1,234', 1234],
    ['1.234', 1234],
  ])('reads %j as %d', (text, value) => {
    expect(readUsdAmount(text)).toBe(value);
  });

  it.each([
    'ask finance',
    '1,2 Mio. €',
    '€1,200',
    'EUR 300000',
    '£5M',
    'C$ 1,000',
    '-500',
    '1200.',
    '12,34,567',
    '1.2.3,4,5',
    '',
  ])('does not read %j: not dollars, or not a number', (text) => {
    expect(readUsdAmount(text)).toBeUndefined();
  });
});

describe('readEmployees', () => {
  it.each([
    ['250', { employees: 250, employeeRange: '201-500' }],
    ['1,200', { employees: 1200, employeeRange: '1001-5000' }],
    ['1.200', { employees: 1200, employeeRange: '1001-5000' }],
    ['1', { employees: 1, employeeRange: '0-1' }],
    ['25000', { employees: 25000, employeeRange: '10001+' }],
    ['2K', { employees: 2000, employeeRange: '1001-5000' }],
    ['201-500', { employeeRange: '201-500' }],
    ['1,001-5,000', { employeeRange: '1001-5000' }],
    ['1,001-5,000 employees', { employeeRange: '1001-5000' }],
    ['250 - 400', { employeeRange: '201-500' }],
    ['10K+', { employeeRange: '10001+' }],
    ['1,000+', { employeeRange: '1000+' }],
    ['100-250', { employeeRange: '100-250' }],
  ])('reads %j', (text, expected) => {
    expect(readEmployees(text)).toEqual(expected);
  });

  it.each(['lots', '12.5', 'approx. 300', '500-100'])('does not read %j', (text) => {
    expect(readEmployees(text)).toBeUndefined();
  });
});

describe('readCloseDate', () => {
  it.each([
    ['2024-03-07', '2024-03-07'],
    ['2024-03-07 14:02', '2024-03-07'],
    ['2024-03-07T14:02:00Z', '2024-03-07'],
    ['2024/3/7', '2024-03-07'],
    ['3/7/2024', '2024-03-07'],
    ['03/07/2024 10:15 AM', '2024-03-07'],
    ['25/12/2024', '2024-12-25'],
    ['07.03.2024', '2024-03-07'],
    ['7.3.2024', '2024-03-07'],
    ['29.02.2024', '2024-02-29'],
  ])('reads %j as %s', (text, date) => {
    expect(readCloseDate(text)).toBe(date);
  });

  it.each(['2024-02-30', '31/02/2024', '13/13/2024', '3/7/24', 'last spring', '2024-13-01', '29.02.2023'])(
    'does not read %j',
    (text) => {
      expect(readCloseDate(text)).toBeUndefined();
    },
  );
});

describe('the other cell readers', () => {
  it('splits technologies on ; , | and line breaks, trimmed and without repeats', () => {
    expect(splitTechnologies('HubSpot; Stripe | hubspot\nSegment,  ,Okta\r\nStripe')).toEqual([
      ...['HubSpot', 'Stripe', 'Segment', 'Okta'],
    ]);
  });

  it('names an industry as LinkedIn does, keeping text LinkedIn does not know', () => {
    expect(readIndustry('Computer Software')).toBe('Software Development');
    expect(readIndustry('COMPUTER_SOFTWARE')).toBe('Software Development');
    expect(readIndustry(' hospital & health care ')).toBe('Hospitals and Health Care');
    expect(readIndustry('Space Yoga')).toBe('Space Yoga');
  });

  it('reads domains, countries and funding stages, and gives undefined where it cannot', () => {
    expect(CELL_READERS.domain?.('https://www.Acme.co.uk/about')).toEqual({ domain: 'acme.co.uk' });
    expect(CELL_READERS.domain?.('not a website')).toBeUndefined();
    expect(CELL_READERS.country?.('Deutschland')).toEqual({ hqCountry: 'DE' });
    expect(CELL_READERS.country?.('Atlantis')).toBeUndefined();
    expect(CELL_READERS.fundingStage?.('Series B')).toEqual({ fundingStage: 'series_b' });
    expect(CELL_READERS.fundingStage?.('Bootstrapped')).toBeUndefined();
    expect(CELL_READERS.revenue?.('$2.5M')).toEqual({ revenueUsd: 2_500_000 });
  });

  it('takes placeholders for blank cells', () => {
    for (const blank of ['', '  ', 'N/A', 'n/a', '#N/A', '-', 'null', 'Unknown', '(No value)']) {
      expect(isBlankCell(blank)).toBe(true);
    }
    expect(isBlankCell('0')).toBe(false);
  });
});
