import type { Account } from '@/lib/accounts/account';
import { collectFacts } from '@/lib/accounts/facts';
import type { Fit } from '@/lib/scoring/fit';
import { CriteriaList } from './CriteriaList';
import { DisqualifierList } from './DisqualifierList';
import { ScoreSummary } from './ScoreSummary';
import { SignalList } from './SignalList';

export function FitView({ account, fit }: { account: Account; fit: Fit }) {
  return (
    <article class="fit">
      <header class="fit__header">
        <h1 data-testid="company-name">{account.name ?? account.domain ?? account.linkedinSlug}</h1>
        {account.domain && <span class="fit__domain">{account.domain}</span>}
      </header>
      <ScoreSummary fit={fit} />
      <DisqualifierList disqualifiers={fit.disqualifiers} />
      <CriteriaList criteria={fit.criteria} />
      <SignalList facts={collectFacts(account.signals)} />
      <footer class="fit__footer">
        ICP: {fit.icpName} (version {fit.icpVersion})
      </footer>
    </article>
  );
}
