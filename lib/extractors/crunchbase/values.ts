import { canonicalCompanyUrl, companySlugOf } from '@/lib/extractors/linkedin/company-url';

/**
 * Crunchbase's own value formats, normalized to the vocabulary's. Each returns undefined for
 * anything it does not recognize: a paywall placeholder, a cut-off value, another format.
 */

const EMPLOYEE_ENUM = /^c_(\d{1,6})_(\d{1,6}|max)$/;

/** "c_01001_05000" -> "1001-5000", "c_10001_max" -> "10001+". */
export function employeeRangeFromEnum(value: string): string | undefined {
  const match = EMPLOYEE_ENUM.exec(value.trim().toLowerCase());
  if (!match?.[1] || !match[2]) return undefined;
  const min = Number(match[1]);
  if (match[2] === 'max') return `${min}+`;
  const max = Number(match[2]);
  return min <= max ? `${min}-${max}` : undefined;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;

/** "2026-06-12" (or an ISO timestamp) -> "2026-06-12". */
export function isoDay(value: string): string | undefined {
  const match = ISO_DATE.exec(value.trim());
  if (!match) return undefined;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  return isRealDay(year, month, day) ? value.trim().slice(0, 10) : undefined;
}

/** "2011-01-01" or "2011" -> 2011. */
export function yearOf(value: string): number | undefined {
  const match = /^(\d{4})(?:$|-)/.exec(value.trim());
  return match ? Number(match[1]) : undefined;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DISPLAY_DATE = /^([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/i;

/** Crunchbase's display date: "Mar 4, 2024" -> "2024-03-04". */
export function isoDayFromDisplay(text: string): string | undefined {
  const match = DISPLAY_DATE.exec(text.replace(/\s+/g, ' ').trim());
  if (!match?.[1]) return undefined;
  const name = match[1].toLowerCase();
  const month = MONTHS.findIndex((short) => name.startsWith(short)) + 1;
  const day = Number(match[2]);
  const year = Number(match[3]);
  if (month === 0 || !isRealDay(year, month, day)) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** "https://www.linkedin.com/company/acme" -> "https://www.linkedin.com/company/acme/". */
export function linkedInCompanyUrl(value: string): string | undefined {
  try {
    const slug = companySlugOf(new URL(value.trim()));
    return slug ? canonicalCompanyUrl(slug) : undefined;
  } catch {
    return undefined;
  }
}
