import { describe, expect, it } from 'vitest';
import { signalSchema } from '@/lib/signals/vocabulary';

const evidence = {
  url: 'https://www.linkedin.com/company/acme/',
  extractorId: 'x',
  seenAt: '2026-11-01T10:00:00.000Z',
  sourceText: 'x',
};

describe('signalSchema', () => {
  it('accepts a value of the field type and rejects another', () => {
    expect(signalSchema.safeParse({ field: 'employeeRange', value: '1001-5000', evidence }).success).toBe(
      true,
    );
    expect(signalSchema.safeParse({ field: 'employeeRange', value: '1,001-5,000', evidence }).success).toBe(
      false,
    );
    expect(signalSchema.safeParse({ field: 'followers', value: '12', evidence }).success).toBe(false);
    expect(signalSchema.safeParse({ field: 'name', value: '', evidence }).success).toBe(false);
    expect(signalSchema.safeParse({ field: 'nope', value: 'x', evidence }).success).toBe(false);
  });
});
