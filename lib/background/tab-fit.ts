import { collectFacts } from '@/lib/accounts/facts';
import { slugOfCompanyUrl } from '@/lib/accounts/merge';
import { getPerson } from '@/lib/accounts/people';
import { getShortlistEntry } from '@/lib/shortlist/shortlist-store';
import { findAccountByLinkedIn, getAccount } from '@/lib/accounts/repository';
import type { FitcheckDb } from '@/lib/db';
import type { TabFit } from '@/lib/messaging';
import { type CompanyFit, fitCompany } from '@/lib/scoring/company-fit';
import { personaFit } from '@/lib/scoring/persona-fit';
import type { ScoringSetup } from '@/lib/scoring/scoring-setup';
import type { Account } from '@/lib/accounts/account';
import type { TabState } from './tab-state';

/** What the popup shows for a tab's state, scored now with the primary ICP and its segments. */
export async function tabFitFor(
  db: FitcheckDb,
  state: TabState | undefined,
  setup: ScoringSetup,
  now: Date,
): Promise<TabFit> {
  if (!state) return { state: 'none' };
  if (state.kind === 'unreadable')
    return { state: 'unreadable', pageKind: state.pageKind, missing: state.missing };
  if (state.kind === 'company') {
    const account = await getAccount(db, state.accountId);
    return account
      ? {
          state: 'company',
          pageKind: state.pageKind,
          missing: state.missing,
          ...fitCompany(account, setup, now),
          shortlist: await getShortlistEntry(db, account.id),
        }
      : { state: 'none' };
  }
  const person = await getPerson(db, state.personId);
  if (!person) return { state: 'none' };
  const facts = collectFacts(person.signals);
  return {
    state: 'person',
    person,
    missing: state.missing,
    personaFit: personaFit(
      { title: facts.personTitle?.value, seniority: facts.seniority?.value },
      setup.icp.persona,
    ),
    company: await personCompany(db, person, setup, now),
  };
}

/** The company a person works at: scored when Fitcheck has seen its page, else its page to open. */
export async function personCompany(
  db: FitcheckDb,
  person: Account,
  setup: ScoringSetup,
  now: Date,
): Promise<CompanyFit | { linkedinUrl: string } | undefined> {
  const linkedinUrl = collectFacts(person.signals).personCompanyLinkedinUrl?.value;
  if (!linkedinUrl) return undefined;
  const numeric = /\/company\/(\d+)\/$/.exec(linkedinUrl)?.[1];
  const account = await findAccountByLinkedIn(db, { slug: slugOfCompanyUrl(linkedinUrl), orgId: numeric });
  return account ? fitCompany(account, setup, now) : { linkedinUrl };
}
