import { findLocaleNumber } from '@/lib/signals/parse-number';
import {
  LINKEDIN_SIZE_BANDS,
  normalizeEmployeeRange,
  parseEmployeeRange,
} from '@/lib/signals/employee-range';

export interface EmployeeCount {
  employees?: number;
  employeeRange?: string;
}

/**
 * A headcount ("1200", "1,200", "2K") gives the number and the LinkedIn band it falls in; a band
 * ("201-500", "1,001-5,000 employees", "10K+") gives the band, snapped to LinkedIn's when it lies
 * inside one ("250-400" is in "201-500"), else kept as written in the normalized form ("1000+"),
 * which the scorer's size criteria still read. Undefined when the cell is neither.
 */
export function readEmployees(text: string): EmployeeCount | undefined {
  try {
    const trimmed = text.trim();
    const count = wholeCount(trimmed);
    if (count !== undefined) return { employees: count, employeeRange: linkedInBandContaining(count, count) };
    const range = normalizeEmployeeRange(trimmed);
    const bounds = range === undefined ? undefined : parseEmployeeRange(range);
    if (range === undefined || bounds === undefined) return undefined;
    return { employeeRange: linkedInBandContaining(bounds.min, bounds.max) ?? range };
  } catch {
    return undefined;
  }
}

/** The cell is one count and nothing else: "approx. 300" or "12.5" is not a headcount. */
function wholeCount(text: string): number | undefined {
  const match = findLocaleNumber(text);
  if (!match || match.start !== 0 || match.end !== text.length || match.orMore) return undefined;
  return match.value;
}

function linkedInBandContaining(min: number, max: number | undefined): string | undefined {
  const band = LINKEDIN_SIZE_BANDS.find(
    (candidate) =>
      candidate.min <= min && (candidate.max === undefined || (max !== undefined && max <= candidate.max)),
  );
  return band?.label;
}
