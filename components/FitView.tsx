import type { Account } from '@/lib/accounts/account';
import { collectFacts } from '@/lib/accounts/facts';
import type { SegmentFit } from '@/lib/scoring/company-fit';
import type { Fit } from '@/lib/scoring/fit';
import type { SignalField } from '@/lib/signals/vocabulary';
import { CriteriaList } from './CriteriaList';
import { DisqualifierList } from './DisqualifierList';
import { ReadProblem } from './ReadProblem';
import { ReviewReminder } from './ReviewReminder';
import { ScoreSummary } from './ScoreSummary';
import { SegmentFits } from './SegmentFits';
import { SignalList } from './SignalList';

interface Props {
  account: Account;
  fit: Fit;
  /** The fit under each segment variant of the primary ICP. */
  segments?: readonly SegmentFit[];
  /** Key fields the page did not give: the fit is then shown as incomplete. */
  missing?: readonly SignalField[];
  /** The kind of page the fit was read from, to name it when the read was partial. */
  pageKind?: string;
}

export function FitView({ account, fit, segments = [], missing = [], pageKind = 'linkedin-company' }: Props) {
  return (
    <article class="fit">
      <header class="fit__header">
        <h1 data-testid="company-name">{account.name ?? account.domain ?? account.linkedinSlug}</h1>
        {account.domain && <span class="fit__domain">{account.domain}</span>}
      </header>
      {missing.length > 0 && <ReadProblem pageKind={pageKind} missing={missing} partial />}
      <ScoreSummary fit={fit} />
      <SegmentFits segments={segments} />
      <DisqualifierList disqualifiers={fit.disqualifiers} />
      <CriteriaList criteria={fit.criteria} />
      <SignalList facts={collectFacts(account.signals)} />
      <ReviewReminder reviewedAt={fit.icpReviewedAt} now={new Date()} />
      <footer class="fit__footer">
        ICP: {fit.icpName} (version {fit.icpVersion})
      </footer>
    </article>
  );
}
