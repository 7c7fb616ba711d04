const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Whole calendar days from a signal date to today (both in UTC), negative when the date is in
 * the future; undefined when the text is not a real date. Dates are compared as calendar days,
 * not instants, so the answer does not change with the hour `now` falls on.
 *
 * A month date ("2026-05", as Crunchbase and LinkedIn often show a round) counts as the last day
 * of that month: the event happened some day that month, and "within N days" should not drop a
 * round that may well be recent. That day is capped at today, because a round already reported
 * cannot be later than today: "2026-11" read on 23 November counts as today, not as the future.
 */
export function daysAgo(date: string, now: Date): number | undefined {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  const monthIndex = Number(match[2]) - 1;
  if (monthIndex < 0 || monthIndex > 11) return undefined;
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  if (match[3] === undefined) return daysAgoForMonth(year, monthIndex, today);
  const day = Number(match[3]);
  const time = Date.UTC(year, monthIndex, day);
  // Date.UTC rolls 2026-02-30 over to March; a date that does not round-trip is not a date.
  if (new Date(time).getUTCDate() !== day) return undefined;
  return Math.round((today - time) / DAY_MS);
}

function daysAgoForMonth(year: number, monthIndex: number, today: number): number {
  const firstDay = Date.UTC(year, monthIndex, 1);
  if (firstDay > today) return Math.round((today - firstDay) / DAY_MS);
  const lastDay = Date.UTC(year, monthIndex + 1, 0);
  return Math.round((today - Math.min(lastDay, today)) / DAY_MS);
}
