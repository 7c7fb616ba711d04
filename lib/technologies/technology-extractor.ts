import type { Extractor } from '@/lib/extractors/types';
import { isCompanySiteUrl } from '@/lib/extractors/website/site-url';
import { fitsField, toSourceText } from '@/lib/signals/field-rules';
import type { Signal } from '@/lib/signals/vocabulary';
import { collectPageEvidence, type ExtraEvidence } from './collect-evidence';
import { type Detection, detectTechnologies } from './detect';
import type { TechnologyFingerprint } from './fingerprint-schema';

export const TECHNOGRAPHICS_EXTRACTOR_ID = 'technographics';

/**
 * The tools a company website loads, one `technology` signal per tool, each with the script,
 * global, cookie or selector it was recognized by. What the page's own world holds (globals)
 * and its cookies are read by the caller and handed in, since a content script cannot see them.
 */
export function createTechnologyExtractor(
  fingerprints: () => TechnologyFingerprint[],
  readExtra: () => ExtraEvidence = () => ({}),
): Extractor {
  return {
    id: TECHNOGRAPHICS_EXTRACTOR_ID,
    pageKind: 'company-website',
    keyFields: [],
    matches: (url) => isCompanySiteUrl(url),
    extract(doc, url, seenAt) {
      const detections = detectTechnologies(collectPageEvidence(doc, readExtra()), fingerprints());
      return detections.flatMap((detection) => toSignal(detection, url, seenAt));
    },
  };
}

function toSignal(detection: Detection, url: URL, seenAt: string): Signal[] {
  const value = [detection.name];
  if (!fitsField('technology', value)) return [];
  const found = detection.evidence.map((evidence) => `${evidence.type}: ${evidence.value}`).join('; ');
  const sourceText = toSourceText(`${detection.confidence} confidence; ${found}`);
  return [
    {
      field: 'technology',
      value,
      evidence: { url: url.href, extractorId: TECHNOGRAPHICS_EXTRACTOR_ID, seenAt, sourceText },
    },
  ];
}
