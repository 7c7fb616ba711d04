import type { Account } from '@/lib/accounts/account';
import type { Fit, TierView } from './fit';
import { score } from './score';
import type { ScoringSetup } from './scoring-setup';

/** A segment variant's verdict, shown in a line beside the primary fit. */
export interface SegmentFit {
  icpId: string;
  name: string;
  score: number;
  tier: TierView;
  disqualified: boolean;
}

export interface CompanyFit {
  account: Account;
  fit: Fit;
  segments: SegmentFit[];
}

/** Scores an account against the primary ICP and each of its segment variants. */
export function fitCompany(account: Account, setup: ScoringSetup, now: Date): CompanyFit {
  const segments = setup.segments.map((segment): SegmentFit => {
    const fit = score(account, segment, now, setup.lists);
    return {
      icpId: segment.id,
      name: segment.name,
      score: fit.score,
      tier: fit.tier,
      disqualified: fit.disqualified,
    };
  });
  return { account, fit: score(account, setup.icp, now, setup.lists), segments };
}
