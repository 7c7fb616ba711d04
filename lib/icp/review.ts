/**
 * An ICP is reviewed every six months: markets move, and an ICP built from last year's wins
 * slowly stops describing next year's. Six calendar months after reviewedAt the review is due.
 */
export const REVIEW_EVERY_MONTHS = 6;

export interface ReviewState {
  due: boolean;
  /** Whole months since the last review. */
  monthsSince: number;
}

export function reviewState(reviewedAt: string, now: Date): ReviewState {
  const reviewed = new Date(`${reviewedAt.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(reviewed.getTime())) return { due: false, monthsSince: 0 };
  const dueAt = new Date(reviewed);
  dueAt.setUTCMonth(dueAt.getUTCMonth() + REVIEW_EVERY_MONTHS);
  const months =
    (now.getUTCFullYear() - reviewed.getUTCFullYear()) * 12 +
    (now.getUTCMonth() - reviewed.getUTCMonth()) -
    (now.getUTCDate() < reviewed.getUTCDate() ? 1 : 0);
  return { due: now.getTime() >= dueAt.getTime(), monthsSince: Math.max(0, months) };
}
