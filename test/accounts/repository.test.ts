import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findAccountByLinkedIn, getAccount, recordObservation } from '@/lib/accounts/repository';
import { FitcheckDb } from '@/lib/db';
import { observation, signal } from '../helpers/signals';

let db: FitcheckDb;
beforeEach(() => {
  db = new FitcheckDb(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const bySlug = observation([
  signal('name', 'Acme'),
  signal('linkedinUrl', 'https://www.linkedin.com/company/acme/'),
]);
const withDomain = observation([
  signal('name', 'Acme', { seenAt: '2026-11-20T10:00:00.000Z' }),
  signal('linkedinUrl', 'https://www.linkedin.com/company/acme/', { seenAt: '2026-11-20T10:00:00.000Z' }),
  signal('domain', 'acme.com', { seenAt: '2026-11-20T10:00:00.000Z' }),
]);

describe('recordObservation', () => {
  it('keeps a company seen first by slug, then with its domain, as one account', async () => {
    const first = await recordObservation(db, bySlug);
    const second = await recordObservation(db, withDomain);
    expect(second?.id).toBe(first?.id);
    expect(await db.accounts.count()).toBe(1);
    expect((await getAccount(db, 'linkedin:acme'))?.domain).toBe('acme.com');
  });

  it('merges two accounts that turn out to be one company', async () => {
    await recordObservation(db, observation([signal('name', 'Acme Inc'), signal('domain', 'acme.com')]));
    await recordObservation(db, bySlug);
    expect(await db.accounts.count()).toBe(2);
    const merged = await recordObservation(db, withDomain);
    expect(await db.accounts.count()).toBe(1);
    expect(merged).toMatchObject({ id: 'domain:acme.com', linkedinSlug: 'acme', domain: 'acme.com' });
  });

  it('keeps /company/1035/ and /company/microsoft/ as one account through the organization id', async () => {
    const bySlugAndId = observation([
      signal('name', 'Microsoft'),
      signal('linkedinUrl', 'https://www.linkedin.com/company/microsoft/'),
      signal('linkedinOrgId', '1035'),
    ]);
    const byNumericUrl = observation([
      signal('name', 'Microsoft', { seenAt: '2026-11-20T11:00:00.000Z' }),
      signal('linkedinUrl', 'https://www.linkedin.com/company/1035/', { seenAt: '2026-11-20T11:00:00.000Z' }),
      signal('linkedinOrgId', '1035', { seenAt: '2026-11-20T11:00:00.000Z' }),
    ]);
    const first = await recordObservation(db, bySlugAndId);
    const second = await recordObservation(db, byNumericUrl);
    expect(first?.id).toBe('linkedin-org:1035');
    expect(second).toMatchObject({
      id: 'linkedin-org:1035',
      linkedinSlug: 'microsoft',
      linkedinOrgId: '1035',
    });
    expect(await db.accounts.count()).toBe(1);
    expect((await findAccountByLinkedIn(db, { slug: 'microsoft' }))?.id).toBe('linkedin-org:1035');
    expect((await findAccountByLinkedIn(db, { orgId: '1035' }))?.id).toBe('linkedin-org:1035');
  });

  it('keeps a brand whose site links its parent’s LinkedIn page apart from the parent', async () => {
    const site = { extractorId: 'company-website', seenAt: '2026-11-21T10:00:00.000Z' };
    await recordObservation(db, withDomain);
    await recordObservation(
      db,
      observation([
        signal('name', 'Brand', site),
        signal('domain', 'brand.io', site),
        signal('linkedinUrl', 'https://www.linkedin.com/company/acme/', site),
      ]),
    );
    expect(await db.accounts.count()).toBe(2);
    expect((await getAccount(db, 'domain:acme.com'))?.name).toBe('Acme');
    expect((await getAccount(db, 'domain:brand.io'))?.linkedinSlug).toBe('acme');
  });

  it('stores nothing for an observation that names no company', async () => {
    expect(await recordObservation(db, observation([signal('industry', 'Banking')]))).toBeUndefined();
    expect(await db.accounts.count()).toBe(0);
  });
});
