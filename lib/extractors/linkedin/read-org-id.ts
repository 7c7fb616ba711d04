import type { SignalSink } from '@/lib/extractors/signal-sink';

/**
 * LinkedIn's numeric organization id, which /company/<id>/ URLs, people-search links and the
 * guest page's tracking block use where the rest of the page uses the vanity slug. It is what
 * makes /company/1035/ and /company/microsoft/ one account.
 */
const URN = /urn:li:(?:fs_normalized_company|organization|company):(\d{1,15})\b/;
const PEOPLE_FILTER = /(?:facetCurrentCompany|currentCompany)=\[?"?(\d{1,15})/;
const MAX_DECODE_ROUNDS = 3;

export function readOrgIdSignals(
  doc: Document,
  urlSlug: string,
  isNoise: (el: Element) => boolean,
  sink: SignalSink,
): void {
  if (/^\d{1,15}$/.test(urlSlug)) sink.add('linkedinOrgId', urlSlug, `/company/${urlSlug}/`);
  const tracking = doc.getElementById('flagshipOrganizationTracking')?.textContent ?? '';
  const urn = URN.exec(tracking);
  if (urn?.[1]) sink.add('linkedinOrgId', urn[1], urn[0]);
  for (const link of Array.from(doc.querySelectorAll('a[href*="urrentCompany"]'))) {
    if (isNoise(link)) continue;
    const href = decodeRepeatedly(link.getAttribute('href') ?? '');
    const id = PEOPLE_FILTER.exec(href)?.[1];
    if (id) {
      sink.add('linkedinOrgId', id, link.textContent ?? href);
      return;
    }
  }
}

/** The guest face-pile link is encoded twice (a redirect inside a sign-up URL). */
function decodeRepeatedly(href: string): string {
  let decoded = href;
  for (let round = 0; round < MAX_DECODE_ROUNDS; round++) {
    try {
      const next = decodeURIComponent(decoded);
      if (next === decoded) break;
      decoded = next;
    } catch {
      break;
    }
  }
  return decoded;
}
