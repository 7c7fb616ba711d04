import { collapse } from '@/lib/extractors/dom-text';
import type { SignalSink } from '@/lib/extractors/signal-sink';
import { isChrome, linkUrl } from './page-parts';
import { linkedInCompanyUrl } from './site-url';

/**
 * Name from og:site_name (after the JSON-LD Organization, read first). The <title> is never
 * guessed from: "Pricing | Acme" only confirms a site name the page already states.
 */
export function readSiteName(doc: Document, sink: SignalSink): void {
  const content = doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content');
  const name = collapse(content ?? '');
  if (name) sink.add('name', name, `og:site_name="${name}"`);
}

/**
 * The company's LinkedIn page from a header or footer link to linkedin.com/company/<slug>.
 * Share buttons (shareArticle), people (/in/) and links in the page body are not the company's.
 */
export function readLinkedInLink(doc: Document, url: URL, sink: SignalSink): void {
  for (const anchor of Array.from(doc.querySelectorAll('a[href*="linkedin.com"]'))) {
    if (!isChrome(anchor)) continue;
    const href = linkUrl(anchor, url)?.href;
    const canonical = href ? linkedInCompanyUrl(href) : undefined;
    if (canonical) {
      sink.add('linkedinUrl', canonical, `<a href="${href}">`);
      return;
    }
  }
}
