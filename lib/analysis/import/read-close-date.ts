/**
 * Dates as CRM exports write them, with or without a time after them:
 * - ISO "2024-03-07" (HubSpot, "2024-03-07 14:02"), also "2024/03/07";
 * - US "3/7/2024" (Salesforce with an English locale) — except that a first number over 12 can
 *   only be a day, so "25/12/2024" is read as day/month;
 * - European "07.03.2024" (day first, as German and French Excel write it).
 * Two-digit years are unreadable: "3/7/24" could be 1924 or 2024.
 */
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ].*)?$/;
const SLASH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ ,].*)?$/;
const DOT_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?: .*)?$/;

/** YYYY-MM-DD, or undefined when the cell is not a real calendar date in one of the formats above. */
export function readCloseDate(text: string): string | undefined {
  try {
    const trimmed = text.trim();
    const iso = ISO_DATE.exec(trimmed);
    if (iso) return calendarDate(iso[1], iso[2], iso[3]);
    const slash = SLASH_DATE.exec(trimmed);
    if (slash)
      return Number(slash[1]) > 12
        ? calendarDate(slash[3], slash[2], slash[1])
        : calendarDate(slash[3], slash[1], slash[2]);
    const dot = DOT_DATE.exec(trimmed);
    return dot ? calendarDate(dot[3], dot[2], dot[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** Rejects "2024-02-30" and "13/13/2024": Date.UTC would roll them over into another day. */
function calendarDate(
  yearText: string | undefined,
  monthText: string | undefined,
  dayText: string | undefined,
): string | undefined {
  const [year, month, day] = [Number(yearText), Number(monthText), Number(dayText)];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return undefined;
  }
  return date.toISOString().slice(0, 10);
}
