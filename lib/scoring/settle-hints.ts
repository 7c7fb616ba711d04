import type { SignalField } from '@/lib/signals/vocabulary';

const ABOUT_TAB = "Open the company's LinkedIn About tab.";
const WEBSITE_TOOLS = "Open the company's website: Fitcheck reads the tools it loads.";
const FUNDING = "Open the company's Crunchbase page or its LinkedIn page (funding module).";
const JOBS = "Open the company's careers page or LinkedIn Jobs tab.";
const WEBSITE_PAGES = "Open the company's website (trust/security or pricing page).";
const PROFILE = "Open the person's LinkedIn profile.";

/**
 * Which page would settle an unknown field. Fitcheck reads only the page the SDR has open, so
 * "unknown" is a to-do for them, and this says where to click.
 */
const SETTLE_HINTS: Partial<Record<SignalField, string>> = {
  industry: ABOUT_TAB,
  employeeRange: ABOUT_TAB,
  hqCountry: ABOUT_TAB,
  hqCity: ABOUT_TAB,
  hqRegion: ABOUT_TAB,
  foundedYear: ABOUT_TAB,
  companyType: ABOUT_TAB,
  specialties: ABOUT_TAB,
  locationsCount: ABOUT_TAB,
  technology: WEBSITE_TOOLS,
  fundingStage: FUNDING,
  lastFundingDate: FUNDING,
  lastFundingAmountUsd: FUNDING,
  totalFundingUsd: FUNDING,
  openRoles: JOBS,
  hiringRole: JOBS,
  domain: "Open the LinkedIn About tab or the company's website.",
  compliance: WEBSITE_PAGES,
  pricingPage: WEBSITE_PAGES,
  freeTrial: WEBSITE_PAGES,
  demoCta: WEBSITE_PAGES,
  personName: PROFILE,
  personTitle: PROFILE,
  personCompany: PROFILE,
  seniority: PROFILE,
};

const ANY_COMPANY_PAGE = "Open the company's LinkedIn page.";

export function settleHint(field: SignalField): string {
  return SETTLE_HINTS[field] ?? ANY_COMPANY_PAGE;
}
