import { collapse, visibleText } from '@/lib/extractors/dom-text';
import type { SignalSink } from '@/lib/extractors/signal-sink';
import { normalizeFundingStage } from '@/lib/signals/funding-stage';
import { parseUsdAmount } from '@/lib/signals/money';
import { findAncestor, hasTag, pageIs } from './page-parts';

export const PRESS_PATH =
  /(^|\/)(press|news|newsroom|blog|media|presse|aktuelles|actualites|noticias|sala-de-prensa)(\/|$|-)/;
export const PRESS_HEADING = /\b(press|news|newsroom|blog|presse|neuigkeiten|actualités|noticias)\b/i;
const OUTSIDE_TAGS = new Set(['HEADER', 'NAV', 'FOOTER', 'ASIDE']);
const ANNOUNCE =
  /\b(raises|raised|closes|closed|announces|secures|secured|completes|lands|sammelt|lève|levanta|capta)\b/i;
const AMOUNT = /(US\$|USD|\$|€|EUR|£|GBP)\s?(\d[\d.,]*)\s*(million|billion|mio\.?|mrd\.?|[MBK])?\b/i;
const STAGE = /\b(pre[\s-]?seed|seed|series [a-j]|growth round|ipo)\b/i;
const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';
const DATE_LINE = new RegExp(
  `\\b(${MONTHS}) (\\d{1,2}), (\\d{4})\\b|\\b(\\d{1,2}) (${MONTHS}) (\\d{4})\\b|\\b(\\d{4}-\\d{2}-\\d{2})\\b`,
  'i',
);

interface Announcement {
  date: string;
  text: string;
  stage?: ReturnType<typeof normalizeFundingStage>;
  amountUsd?: number;
}

/**
 * The newest funding announcement among a press/news page's own articles: its heading or first
 * paragraph must name the company (the site's name) before "raises/closes/announces" and carry a
 * date (time[datetime] or a date line). Blog prose about other companies' rounds never counts.
 * Amounts in another currency leave lastFundingAmountUsd unset (no rate is known offline).
 */
export function readPressSignals(
  doc: Document,
  url: URL,
  companyName: string | undefined,
  sink: SignalSink,
): void {
  if (!companyName || !pageIs(doc, url, PRESS_PATH, PRESS_HEADING)) return;
  const announcements = pressItems(doc)
    .map((item) => readAnnouncement(item, companyName))
    .filter((found): found is Announcement => found !== undefined)
    .sort((a, b) => b.date.localeCompare(a.date));
  const newest = announcements[0];
  if (!newest) return;
  sink.add('fundingStage', newest.stage, newest.text);
  sink.add('lastFundingAmountUsd', newest.amountUsd, newest.text);
  sink.add('lastFundingDate', newest.date, `${newest.date}: ${newest.text}`);
}

/** Articles, else list items or cards that hold a heading, else the page's main as one release. */
export function pressItems(doc: Document): Element[] {
  const articles = Array.from(doc.querySelectorAll('article'));
  if (articles.length > 0) return articles.filter((article) => !article.querySelector('article'));
  const root = doc.querySelector('main') ?? doc.body;
  const items = new Set<Element>();
  for (const heading of Array.from(root?.querySelectorAll('h2, h3, h4') ?? [])) {
    const item = findAncestor(
      heading,
      (node) => node.tagName === 'LI' || /(^|\s)(post|card)(\s|$)/.test(node.getAttribute('class') ?? ''),
    );
    if (item) items.add(item);
  }
  if (items.size > 0) return [...items];
  // A single press release: its h1 announces, its main holds the date.
  const main = doc.querySelector('main') ?? doc.body;
  return main ? [main] : [];
}

function readAnnouncement(item: Element, companyName: string): Announcement | undefined {
  if (findAncestor(item, hasTag(OUTSIDE_TAGS))) return undefined;
  const heading = item.querySelector('h1, h2, h3, h4');
  const paragraph = item.querySelector('p');
  for (const element of [heading, paragraph]) {
    const text = element ? visibleText(element) : '';
    const announce = ANNOUNCE.exec(text);
    if (!announce || !AMOUNT.test(text)) continue;
    const subject = text.slice(0, announce.index).toLowerCase();
    if (!subject.includes(companyName.toLowerCase())) continue;
    const date = dateOf(item);
    if (!date) return undefined;
    const amount = AMOUNT.exec(text)?.[0];
    const stage = STAGE.exec(text)?.[1];
    return {
      date,
      text,
      stage: stage ? normalizeFundingStage(stage) : undefined,
      amountUsd: amount ? parseUsdAmount(amount) : undefined,
    };
  }
  return undefined;
}

export function dateOf(item: Element): string | undefined {
  const datetime = item.querySelector('time[datetime]')?.getAttribute('datetime') ?? '';
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(datetime.trim())?.[1];
  if (iso) return iso;
  const line = DATE_LINE.exec(
    collapse(item.querySelector('time, .date, [class*="date"]')?.textContent ?? ''),
  );
  if (!line) return undefined;
  if (line[7]) return line[7];
  const [month, day, year] = line[1] ? [line[1], line[2], line[3]] : [line[5], line[4], line[6]];
  const monthIndex = MONTHS.split('|').indexOf((month ?? '').toLowerCase()) + 1;
  return `${year}-${String(monthIndex).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
