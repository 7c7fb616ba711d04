import { collectFacts } from '@/lib/accounts/facts';
import { slugOfCompanyUrl } from '@/lib/accounts/merge';
import { getPerson } from '@/lib/accounts/people';
import { findAccountByLinkedIn, getAccount } from '@/lib/accounts/repository';
import type { FitcheckDb } from '@/lib/db';
import type { Icp } from '@/lib/icp/schema';
import type { CompanyFit, TabFit } from '@/lib/messaging';
import { personaFit } from '@/lib/scoring/persona-fit';
import { score } from '@/lib/scoring/score';
import type { Account } from '@/lib/accounts/account';
import type { TabState } from './tab-state';

/** What the popup shows for a tab's state, scored now with the active ICP. */
export async function tabFitFor(
  db: FitcheckDb,
  state: TabState | undefined,
  icp: Icp,
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
          ...companyFit(account, icp, now),
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
      icp.persona,
    ),
    company: await personCompany(db, person, icp, now),
  };
}

export function companyFit(account: Account, icp: Icp, now: Date): CompanyFit {
  return { account, fit: score(account, icp, now) };
}

/** The company a person works at: scored when Fitcheck has seen its page, else its page to open. */
export async function personCompany(
  db: FitcheckDb,
  person: Account,
  icp: Icp,
  now: Date,
): Promise<CompanyFit | { linkedinUrl: string } | undefined> {
  const linkedinUrl = collectFacts(person.signals).personCompanyLinkedinUrl?.value;
  if (!linkedinUrl) return undefined;
  const numeric = /\/company\/(\d+)\/$/.exec(linkedinUrl)?.[1];
  const account = await findAccountByLinkedIn(db, { slug: slugOfCompanyUrl(linkedinUrl), orgId: numeric });
  return account ? companyFit(account, icp, now) : { linkedinUrl };
}
