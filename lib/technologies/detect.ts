import { isExtensionUrl, type PageEvidence } from './collect-evidence';
import type {
  FingerprintPattern,
  PatternType,
  TechnologyCategory,
  TechnologyFingerprint,
} from './fingerprint-schema';

export interface DetectionEvidence {
  type: PatternType;
  /** The matched URL, global path, cookie name, meta tag, script excerpt or selector. */
  value: string;
}

export interface Detection {
  name: string;
  category: TechnologyCategory;
  /** high: a strong pattern matched; medium: two weak patterns did. One weak pattern is nothing. */
  confidence: 'high' | 'medium';
  evidence: DetectionEvidence[];
}

export const MAX_EVIDENCE_VALUE = 300;
const INLINE_CONTEXT = 40;

export function detectTechnologies(
  evidence: PageEvidence,
  fingerprints: TechnologyFingerprint[],
): Detection[] {
  const detections: Detection[] = [];
  for (const tech of fingerprints) {
    const hits: { strength: FingerprintPattern['strength']; evidence: DetectionEvidence }[] = [];
    for (const pattern of tech.patterns) {
      const value = matchPattern(pattern, evidence);
      if (value !== undefined)
        hits.push({ strength: pattern.strength, evidence: { type: pattern.type, value: cap(value) } });
    }
    const strong = hits.some((hit) => hit.strength === 'strong');
    if (!strong && hits.length < 2) continue;
    detections.push({
      name: tech.name,
      category: tech.category,
      confidence: strong ? 'high' : 'medium',
      evidence: hits.map((hit) => hit.evidence),
    });
  }
  return detections;
}

type Matcher<T extends PatternType> = (
  pattern: Extract<FingerprintPattern, { type: T }>['pattern'],
  evidence: PageEvidence,
) => string | undefined;

/** One small matcher per pattern type. Each returns what matched, or undefined. */
const MATCHERS: { [T in PatternType]: Matcher<T> } = {
  scriptSrc: (source, evidence) => evidence.scriptSrcs.find((url) => regex(source).test(url)),
  linkHref: (source, evidence) => evidence.linkHrefs.find((url) => regex(source).test(url)),
  cookie: (source, evidence) => evidence.cookieNames.find((name) => regex(source).test(name)),
  global: (path, evidence) => (evidence.globals.includes(path) ? path : undefined),
  inlineScript: (source, evidence) => {
    const re = regex(source);
    for (const text of evidence.inlineScripts) {
      const match = re.exec(text);
      if (match) {
        const start = Math.max(0, match.index - INLINE_CONTEXT);
        const end = Math.min(text.length, match.index + match[0].length + INLINE_CONTEXT);
        return text.slice(start, end).replace(/\s+/g, ' ').trim();
      }
    }
    return undefined;
  },
  meta: ({ name, contentPattern }, evidence) => {
    const wanted = name.toLowerCase();
    const meta = evidence.metas.find((m) => m.name === wanted && regex(contentPattern).test(m.content));
    return meta ? `<meta name="${meta.name}" content="${meta.content}">` : undefined;
  },
  dom: (selector, evidence) => {
    let elements: Element[];
    try {
      elements = Array.from(evidence.doc.querySelectorAll(selector));
    } catch {
      return undefined;
    }
    return elements.some((element) => !isExtensionOwned(element)) ? selector : undefined;
  },
};

function matchPattern(pattern: FingerprintPattern, evidence: PageEvidence): string | undefined {
  const matcher = MATCHERS[pattern.type] as Matcher<PatternType>;
  return matcher(pattern.pattern, evidence);
}

const URL_ATTRIBUTES = ['src', 'href', 'data', 'action', 'data-src', 'data-url'];

/** An element (or one of its ancestors) that loads a browser extension's resource. */
function isExtensionOwned(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    for (const attribute of URL_ATTRIBUTES) {
      const value = node.getAttribute(attribute);
      if (value && isExtensionUrl(value)) return true;
    }
  }
  return false;
}

const compiled = new Map<string, RegExp>();

/** Patterns are case-insensitive and compiled once; the schema has already checked they compile. */
function regex(source: string): RegExp {
  let re = compiled.get(source);
  if (!re) {
    re = new RegExp(source, 'i');
    compiled.set(source, re);
  }
  return re;
}

function cap(value: string): string {
  return value.length > MAX_EVIDENCE_VALUE ? `${value.slice(0, MAX_EVIDENCE_VALUE - 1)}…` : value;
}
