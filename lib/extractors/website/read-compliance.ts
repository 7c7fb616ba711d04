import type { SignalSink } from '@/lib/extractors/signal-sink';
import type { COMPLIANCE } from '@/lib/signals/vocabulary';
import { isChrome, isProse, isTrustSection, labelOf, linkUrl } from './page-parts';

type Standard = (typeof COMPLIANCE)[number];

const STANDARDS: readonly [RegExp, Standard][] = [
  [/\bSOC\s*-?\s*(2|II)\b/i, 'soc2'],
  [/\bISO(?:\/IEC)?\s*-?\s*27001\b/i, 'iso27001'],
  [/\bHIPAA\b/, 'hipaa'],
  [/\b(GDPR|DSGVO|RGPD)\b/, 'gdpr'],
  [/\bPCI[\s-]*DSS\b/i, 'pci_dss'],
];
/**
 * A heading or menu label claims a standard only with a status word: "SOC 2 Type II",
 * "ISO 27001 certified". "Why SOC 2 compliance matters" or a question claims nothing.
 */
const STATUS =
  /\b(certified|compliant|type (1|2|i|ii)|attested|audited|level [1-4]|zertifiziert|konform|certifiée?|conformes?|certificad[oa]|uyumlu)\b/i;
const NOT_A_CLAIM = /\?|\b(why|how|what|when|guide|checklist|explained|vs)\b/i;
/** "Unlike SOC 2 audits", "not HIPAA compliant": a mention, not a claim. */
const NEGATION = /\b(unlike|not|no|without|versus|vs\.?|nicht|kein|ohne|sans|pas|sin)\b/i;
const TRUST_PATH = /\/(security|trust|compliance|sicherheit|securite|seguridad)(\/|$|[-.])/i;
/** A badge or link label is a few words; a longer text is a sentence. */
const MAX_LABEL_LENGTH = 80;

/**
 * Compliance a site states about itself, read conservatively. A standard counts when it is named by
 *  - a badge image's alt/title (not inside an article),
 *  - a short label or link inside a trust/security/compliance/badges section,
 *  - a link to /security, /trust or /compliance whose text names the standard,
 *  - a heading, or a header/footer/nav label, that names it with a status word
 *    ("SOC 2 Type II", "ISO/IEC 27001 certified", "HIPAA compliant", "PCI DSS Level 1").
 * A bare "SOC 2" menu entry on a blog about compliance is a topic, not a claim.
 * Never from a sentence: paragraphs and article bodies only mention standards, and negated
 * labels ("not HIPAA compliant") are skipped.
 */
export function readComplianceSignals(doc: Document, url: URL, sink: SignalSink): void {
  const found = new Map<Standard, string>();
  const candidates = doc.querySelectorAll('img, a[href], h1, h2, h3, h4, h5, h6, li, span, strong, div');
  for (const element of Array.from(candidates)) {
    // A container whose text merely includes a badge is read via the badge itself.
    if (element.tagName === 'DIV' && element.querySelector('div, li, a, img, p')) continue;
    // Raw text is cheap: most elements name no standard, or are containers far longer than a label.
    const raw = element.tagName === 'IMG' ? labelOf(element) : (element.textContent ?? '');
    if (raw.length > MAX_LABEL_LENGTH * 4 || !STANDARDS.some(([pattern]) => pattern.test(raw))) continue;
    if (isProse(element)) continue;
    const label = labelOf(element);
    if (!label || label.length > MAX_LABEL_LENGTH || NEGATION.test(label)) continue;
    const standards = STANDARDS.filter(([pattern]) => pattern.test(label));
    if (standards.length === 0 || !states(element, label, url)) continue;
    for (const [, standard] of standards) if (!found.has(standard)) found.set(standard, label);
  }
  if (found.size === 0) return;
  const order = STANDARDS.map(([, standard]) => standard).filter((standard) => found.has(standard));
  sink.add('compliance', order, [...new Set(order.map((standard) => found.get(standard)))].join('; '));
}

function states(element: Element, label: string, url: URL): boolean {
  const tag = element.tagName;
  if (tag === 'IMG') return true;
  if (isTrustSection(element)) return true;
  const target = tag === 'A' ? linkUrl(element, url) : undefined;
  if (target && TRUST_PATH.test(target.pathname)) return true;
  if (!STATUS.test(label) || NOT_A_CLAIM.test(label)) return false;
  return /^H[1-6]$/.test(tag) || isChrome(element);
}
