import { reviewState } from '@/lib/icp/review';

/** Shown where the ICP is used or edited once its six-monthly review is due. */
export function ReviewReminder({ reviewedAt, now }: { reviewedAt: string; now: Date }) {
  const { due, monthsSince } = reviewState(reviewedAt, now);
  if (!due) return null;
  return (
    <p class="review-due" data-testid="icp-review-due" role="status">
      This ICP was last reviewed {monthsSince} months ago ({reviewedAt}). ICPs are reviewed every six months:
      ask your RevOps lead to check it against recent wins and losses.
    </p>
  );
}
