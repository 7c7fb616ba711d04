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
          <a href={href} target="_blank" rel="noopener noreferrer">
            {new URL(href).pathname}
          </a>
        </>
      )}
      {evidence.length > 1 && ` and ${evidence.length - 1} more`}
    </span>
  );
}
