import { visibleText } from '@/lib/extractors/dom-text';
import type { SignalSink } from '@/lib/extractors/signal-sink';
import { isOtherCompaniesJobsHeading, seeAllJobsCount } from './jobs-labels';

const JOB_LINK = 'a[href*="/jobs/view/"]';
const MAX_ROLES = 50;

/**
 * The company's open jobs, from its Jobs tab (or any job module on its page): openRoles is the
 * N of "See all N jobs" when the page says it, else the jobs listed; hiringRole the distinct
 * titles listed. Modules about other companies' jobs are skipped.
 */
export function readJobSignals(doc: Document, isNoise: (el: Element) => boolean, sink: SignalSink): void {
  const otherJobs = otherCompaniesJobRegions(doc);
  const ownLinks = Array.from(doc.querySelectorAll(JOB_LINK)).filter(
    (link) => !isNoise(link) && !otherJobs.some((region) => region.contains(link)),
  );
  const titles = [...new Set(ownLinks.map(jobTitleOf).filter((title): title is string => !!title))];
  const jobIds = new Set(
    ownLinks.map((link) => /\/jobs\/view\/(\d+)/.exec(link.getAttribute('href') ?? '')?.[1]),
  );
  const seeAll = findSeeAllJobs(doc, isNoise);
  if (seeAll) sink.add('openRoles', seeAll.count, seeAll.text);
  else if (jobIds.size > 0) sink.add('openRoles', jobIds.size, `${jobIds.size} jobs listed`);
  if (titles.length > 0) sink.add('hiringRole', titles.slice(0, MAX_ROLES), titles.slice(0, 5).join('; '));
}

function otherCompaniesJobRegions(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll('h2, h3'))
    .filter((heading) => isOtherCompaniesJobsHeading(visibleText(heading)))
    .map((heading): Element | null => heading.closest('section') ?? heading.parentElement)
    .filter((region): region is Element => region !== null);
}

function jobTitleOf(link: Element): string | undefined {
  const heading = link.querySelector('h3, h4') ?? link.closest('li')?.querySelector('h3, h4');
  const title = visibleText(heading ?? link);
  return title && title.length <= 120 ? title : undefined;
}

function findSeeAllJobs(
  doc: Document,
  isNoise: (el: Element) => boolean,
): { count: number; text: string } | undefined {
  for (const element of Array.from(doc.querySelectorAll('a, button'))) {
    if (isNoise(element)) continue;
    const text = visibleText(element);
    const count = text.length <= 80 ? seeAllJobsCount(text) : undefined;
    if (count !== undefined) return { count, text };
  }
  return undefined;
}
