import { visibleText, visibleTextChunks } from '@/lib/extractors/dom-text';
import { isExperienceHeading } from './profile-labels';
import { beforeMiddot, cleanValue, looksLikeDates, shownText, undoubled } from './profile-text';
import { companyUrlOfHref } from './profile-url';

/** The member's latest position as the Experience section's first entry shows it. */
export interface ExperienceFacts {
  jobTitle?: string;
  company?: string;
  companyUrl?: string;
  source: string;
}

const ENTITY = '[data-view-name="profile-component-entity"]';
/** Signed-in title and company lines (reference §2); guest entries use h3 / h4. */
const TITLE_SELECTORS = ['.t-bold > span[aria-hidden="true"]', '.t-bold', 'h3'];
const COMPANY_SELECTORS = ['.t-14.t-normal:not(.t-black--light) > span[aria-hidden="true"]', 'h4'];

/**
 * Reads the first entry of the member's own Experience section, found by its h2 heading in any
 * of our languages (or the guest `data-section="experience"`), never in a rail or a post. A
 * single-role entry shows the title, then "Company · Full-time"; an entry grouping several roles
 * at one company shows the company first and the roles as nested entries, the latest first.
 * Without known classes (hashed builds) an entry's lines are its aria-hidden spans, in order.
 */
export function readFirstExperience(
  doc: Document,
  isNoise: (el: Element) => boolean,
): ExperienceFacts | undefined {
  const section = findExperienceSection(doc, isNoise);
  const entry = section?.querySelector(ENTITY) ?? section?.querySelector('li');
  if (!entry) return undefined;
  const role = nestedRole(entry);
  const link = entry.querySelector('a[href*="/company/"]');
  const companyUrl = companyUrlOfHref(link?.getAttribute('href'));
  if (role) {
    const outside = (el: Element) => !role.contains(el);
    const company = pick(entry, ['.t-bold > span[aria-hidden="true"]', 'h3', 'h4'], 0, outside);
    const jobTitle = pick(role, TITLE_SELECTORS, 0);
    return facts(jobTitle, company, companyUrl);
  }
  return facts(pick(entry, TITLE_SELECTORS, 0), pick(entry, COMPANY_SELECTORS, 1), companyUrl);
}

/** The latest role of an entry that groups several roles at one company, if it does. */
function nestedRole(entry: Element): Element | undefined {
  if (entry.matches(ENTITY)) return entry.querySelector(ENTITY) ?? undefined;
  // Guest groups nest position items that have their own h3 title; description items do not.
  return Array.from(entry.querySelectorAll('li')).find((item) => item.querySelector('h3'));
}

function facts(jobTitle: string | undefined, companyLine: string | undefined, companyUrl?: string) {
  const company = companyLine && !looksLikeDates(companyLine) ? beforeMiddot(companyLine) : undefined;
  return {
    jobTitle: jobTitle && !looksLikeDates(jobTitle) ? cleanValue(jobTitle) : undefined,
    company: cleanValue(company),
    companyUrl,
    source: [jobTitle, companyLine].filter(Boolean).join(' | '),
  };
}

function findExperienceSection(doc: Document, isNoise: (el: Element) => boolean): Element | undefined {
  const guest = Array.from(doc.querySelectorAll('section[data-section="experience"]')).find(
    (section) => !isNoise(section),
  );
  if (guest) return guest;
  for (const heading of Array.from(doc.querySelectorAll('h2'))) {
    if (isNoise(heading) || !isExperienceHeading(undoubled(shownText(heading)))) continue;
    return heading.closest('section') ?? heading.parentElement ?? undefined;
  }
  return undefined;
}

/**
 * The text of the first element matching a known selector, else the entry's `line`-th line:
 * its top-level aria-hidden spans, or its visible text chunks when it has none.
 */
function pick(
  entry: Element,
  selectors: string[],
  line: number,
  keep: (el: Element) => boolean = () => true,
): string | undefined {
  for (const selector of selectors) {
    const found = Array.from(entry.querySelectorAll(selector)).find(keep);
    if (found) return shownText(found) || undefined;
  }
  return entryLines(entry, keep)[line];
}

function entryLines(entry: Element, keep: (el: Element) => boolean): string[] {
  const spans = Array.from(entry.querySelectorAll('span[aria-hidden="true"]')).filter(
    (span) => keep(span) && !span.parentElement?.closest('[aria-hidden="true"]'),
  );
  const lines = spans.map((span) => visibleText(span)).filter(Boolean);
  if (lines.length > 0) return lines;
  // Without aria-hidden copies a twin may still follow its line: read each line once.
  const chunks = visibleTextChunks(entry, (el) => !keep(el));
  return chunks.filter((chunk, i) => chunk !== chunks[i - 1]);
}
