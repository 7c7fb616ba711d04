import type { AnalysisAccount } from '@/lib/analysis/analysis-account';
import { countryCode } from '@/lib/signals/country';
import { registrableDomain } from '@/lib/signals/domain';
import { normalizeFundingStage } from '@/lib/signals/funding-stage';
import { canonicalIndustry } from '@/lib/signals/linkedin-industries';
import type { ColumnRole } from './column-roles';
import { readUsdAmount } from './read-amount';
import { readCloseDate } from './read-close-date';
import { readEmployees } from './read-employees';

/** The fields a cell gives, or undefined when the cell has text that cannot be read. */
export type CellReader = (text: string) => Partial<AnalysisAccount> | undefined;

const given = <T>(value: T | undefined, field: (value: T) => Partial<AnalysisAccount>) =>
  value === undefined ? undefined : field(value);

/**
 * How each descriptive column is read. Name, industry and technologies always read (an industry
 * LinkedIn does not know is kept as written); the others can fail, and a failure is counted as a
 * column problem while the row is kept. Outcome and value columns are read by read-accounts.
 */
export const CELL_READERS: Partial<Record<ColumnRole, CellReader>> = {
  name: (text) => ({ name: text.trim() }),
  domain: (text) => given(registrableDomain(text), (domain) => ({ domain })),
  industry: (text) => ({ industry: readIndustry(text) }),
  employees: readEmployees,
  revenue: (text) => given(readUsdAmount(text), (revenueUsd) => ({ revenueUsd })),
  country: (text) => given(countryCode(text), (hqCountry) => ({ hqCountry })),
  technologies: (text) => ({ technology: splitTechnologies(text) }),
  fundingStage: (text) => given(normalizeFundingStage(text), (fundingStage) => ({ fundingStage })),
  closeDate: (text) => given(readCloseDate(text), (closeDate) => ({ closeDate })),
};

/** HubSpot may export an industry by its internal value ("COMPUTER_SOFTWARE"): try that spelled out. */
export function readIndustry(text: string): string {
  const trimmed = text.trim();
  return canonicalIndustry(trimmed) ?? canonicalIndustry(trimmed.replace(/_/g, ' ')) ?? trimmed;
}

/** "HubSpot; Stripe | hubspot\nSegment" -> ["HubSpot", "Stripe", "Segment"]: the first spelling of each stays. */
export function splitTechnologies(text: string): string[] {
  return distinctTools(text.split(/[;,|\r\n]+/));
}

/** Trimmed, blanks dropped, and a tool named twice ("HubSpot", "hubspot") kept once, as first spelt. */
export function distinctTools(tools: readonly string[]): string[] {
  const seen = new Set<string>();
  return tools
    .map((tool) => tool.trim())
    .filter((tool) => {
      const key = tool.toLowerCase();
      if (tool === '' || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
