import { safeHttpUrl } from '@/lib/safe-url';
import type { Evidence } from '@/lib/signals/vocabulary';

/** Where a value was read, so the SDR can check it: the page text and a link to the page. */
export function EvidenceNote({ evidence }: { evidence: readonly Evidence[] }) {
  const first = evidence[0];
  if (!first) return null;
  const href = safeHttpUrl(first.url);
  return (
    <span class="evidence">
      read from “{first.sourceText}”
      {href && (
        <>
          {' on '}
          <a href={href} target="_blank" rel="noopener noreferrer" title={href}>
            {describePage(href)}
          </a>
        </>
      )}
      {evidence.length > 1 && ` and ${evidence.length - 1} more`}
    </span>
  );
}

/** "LinkedIn About tab" reads better than a path; other sites go by their host name. */
export function describePage(href: string): string {
  const url = new URL(href);
  if (!/(^|\.)linkedin\.com$/.test(url.hostname)) return url.hostname.replace(/^www\./, '');
  const tab = /^\/company\/[^/]+\/([a-z-]+)/.exec(url.pathname)?.[1];
  return tab ? `LinkedIn ${tab} tab` : 'LinkedIn';
}

/** The same, as one line for a tooltip. */
export function evidenceTitle(evidence: readonly Evidence[]): string {
  const first = evidence[0];
  const href = safeHttpUrl(first?.url);
  return first ? `Read from “${first.sourceText}”${href ? ` on ${describePage(href)}` : ''}` : '';
}
