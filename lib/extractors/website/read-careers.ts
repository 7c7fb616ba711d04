import { visibleText } from '@/lib/extractors/dom-text';
import type { SignalSink } from '@/lib/extractors/signal-sink';
import { postingKey } from './ats-links';
import { isChrome, linkUrl, pageIs } from './page-parts';

const CAREERS_PATH =
  /(^|\/)(careers?|jobs|join(-us)?|open-positions|vacancies|karriere|stellen(angebote)?|jobs?-und-karriere|emplois?|carrieres?|empleo|trabaja-con-nosotros|vagas|carreiras|lavora-con-noi|kariyer|vacatures|werken-bij)(\/|$)/;
const CAREERS_HEADING =
  /\b(careers?|jobs|open (roles|positions)|join (us|our team)|karriere|stellenangebote|offene stellen|emplois|carrières|empleo|vagas|carreiras|kariyer|vacatures)\b/i;
/** Link texts that are no title: the posting's heading is read instead. */
const GENERIC_TEXT =
  /^(apply( now)?|view( job| role| position)?|learn more|details|more|jetzt bewerben|bewerben|postuler|aplicar|candidatar-se)$/i;
const BOARD_SELECTOR = '#grnhse_app, .lever-jobs, .ashby-job-board, #smartrecruiters-widget, .whr-items';
const ITEM_SELECTOR = '.opening, .posting, li, tr, article, [class*="job"], [class*="position"]';

/**
 * Open roles on a careers page: the distinct ATS job-posting links (Greenhouse, Lever, Ashby,
 * Workable, SmartRecruiters, Personio, Recruitee, Teamtailor, Workday) and their titles. Only
 * on a careers page or one with an embedded board: a "We're hiring" link elsewhere is no count.
 * A board with no postings (not loaded yet) stores nothing: zero would be a guess.
 */
export function readCareerSignals(doc: Document, url: URL, sink: SignalSink): void {
  const isCareers =
    pageIs(doc, url, CAREERS_PATH, CAREERS_HEADING) || doc.querySelector(BOARD_SELECTOR) !== null;
  if (!isCareers) return;
  const titles = new Map<string, string>();
  const sources: string[] = [];
  for (const anchor of Array.from(doc.querySelectorAll('a[href]'))) {
    if (isChrome(anchor)) continue;
    const target = linkUrl(anchor, url);
    const key = target ? postingKey(target) : undefined;
    if (!key) continue;
    const title = postingTitle(anchor);
    if (!titles.has(key) || (!titles.get(key) && title)) titles.set(key, title);
    if (sources.length < 5) sources.push(`<a href="${anchor.getAttribute('href')}">${title}</a>`);
  }
  if (titles.size === 0) return;
  sink.add('openRoles', titles.size, `${titles.size} job postings: ${sources.join(' ')}`);
  const names = [...new Set([...titles.values()].filter(Boolean))];
  if (names.length > 0) sink.add('hiringRole', names, names.join('; '));
}

function postingTitle(anchor: Element): string {
  const heading = anchor.querySelector('h1, h2, h3, h4, h5, h6, [data-qa="posting-name"]');
  if (heading) return visibleText(heading);
  const text = visibleText(anchor);
  if (text && !GENERIC_TEXT.test(text)) return text;
  const itemHeading = anchor.closest(ITEM_SELECTOR)?.querySelector('h1, h2, h3, h4, h5, h6');
  return itemHeading ? visibleText(itemHeading) : '';
}
