import type { Account } from '@/lib/accounts/account';
import { collectFacts } from '@/lib/accounts/facts';
import type { CompanyFit } from '@/lib/messaging';
import type { PersonaFit } from '@/lib/scoring/persona-fit';
import { safeHttpUrl } from '@/lib/safe-url';
import { formatFieldValue } from '@/lib/scoring/format-value';
import type { SignalField } from '@/lib/signals/vocabulary';
import { PersonaFitView } from './PersonaFitView';
import { ReadProblem } from './ReadProblem';
import { TierBadge } from './TierBadge';

interface Props {
  person: Account;
  personaFit: PersonaFit;
  company: CompanyFit | { linkedinUrl: string } | undefined;
  missing?: readonly SignalField[];
}

/** A LinkedIn profile: is this someone to contact, and does their company fit? */
export function PersonView({ person, personaFit, company, missing = [] }: Props) {
  const facts = collectFacts(person.signals);
  return (
    <article class="person">
      <header class="fit__header">
        <h1 data-testid="person-name">{facts.personName?.value ?? person.name}</h1>
      </header>
      {missing.length > 0 && <ReadProblem pageKind="linkedin-profile" missing={missing} partial />}
      <p class="person__title" data-testid="person-title">
        {facts.personTitle?.value ?? 'Title not shown on this page'}
        {facts.seniority && ` (${formatFieldValue('seniority', facts.seniority.value)})`}
      </p>
      {facts.personLocation && <p class="muted">{facts.personLocation.value}</p>}
      <PersonaFitView fit={personaFit} />
      <CompanySection companyName={facts.personCompany?.value} company={company} />
    </article>
  );
}

function CompanySection({ companyName, company }: { companyName?: string; company: Props['company'] }) {
  if (!company) {
    return (
      <p class="muted">{companyName ? `Works at ${companyName}.` : 'No current company on this page.'}</p>
    );
  }
  if (!('fit' in company)) {
    const href = safeHttpUrl(company.linkedinUrl);
    return (
      <section class="person__company">
        <h2>Company</h2>
        <p>
          Fitcheck has not seen {companyName ?? 'this company'} yet.{' '}
          {href && (
            <a data-testid="open-company" href={href} target="_blank" rel="noopener noreferrer">
              Open its LinkedIn page
            </a>
          )}{' '}
          to score it.
        </p>
      </section>
    );
  }
  return (
    <section class="person__company" data-testid="person-company-fit">
      <h2>Company</h2>
      <div class="summary__main">
        <strong data-testid="company-name">{company.account.name}</strong>
        <TierBadge tier={company.fit.tier} />
        <span class="score">
          <span data-testid="score">{company.fit.score}</span>
          <span class="score__max">/100</span>
        </span>
      </div>
      <p class="summary__detail">
        {company.fit.criteria.filter((c) => c.status === 'matched').length} of {company.fit.criteria.length}{' '}
        criteria matched
        {company.fit.disqualified &&
          `; disqualified: ${company.fit.disqualifiers
            .filter((d) => d.status === 'hit')
            .map((d) => d.label)
            .join(', ')}`}
        .
      </p>
    </section>
  );
}
