import {
  type FingerprintPattern,
  type TechnologyCategory,
  type TechnologyFingerprint,
  isValidRegexSource,
  technologyFingerprintSchema,
} from './fingerprint-schema';

/**
 * Converts a Wappalyzer-format technologies file (`{ "Name": { cats, scriptSrc, js, cookies,
 * meta, dom, html, headers, implies } }`) into our fingerprints, for a team that brings its own
 * set. Nothing throws: every entry or pattern we cannot use is reported with its path.
 *
 * `headers` cannot be read by a content script, and `html` (a regex on the raw page) is too prone
 * to matching prose, so both are skipped and reported. `\;version:` and `\;confidence:N` tags
 * are stripped; a confidence below 100 makes the pattern weak.
 */

export interface ImportIssue {
  path: string;
  message: string;
}

export interface WappalyzerImport {
  fingerprints: TechnologyFingerprint[];
  errors: ImportIssue[];
}

/** Wappalyzer category ids we map; every other category becomes 'other'. */
const CATEGORY_BY_ID: Record<number, TechnologyCategory> = {
  1: 'cms',
  6: 'ecommerce',
  10: 'analytics',
  32: 'marketing_automation',
  36: 'advertising',
  41: 'payments',
  42: 'tag_manager',
  52: 'chat_support',
  53: 'crm',
  72: 'scheduling',
  97: 'cdp',
};

const SKIPPED_FIELDS: Record<string, string> = {
  headers: 'skipped: response headers are not visible to a content script',
  html: 'skipped: raw-HTML patterns match page prose',
  css: 'skipped: CSS patterns are not supported',
  url: 'skipped: URL patterns are not supported',
  xhr: 'skipped: XHR patterns are not supported',
  robots: 'skipped: robots.txt patterns are not supported',
  scripts: 'skipped: script-content patterns are not supported',
  text: 'skipped: text patterns match page prose',
  dns: 'skipped: DNS patterns are not supported',
  certIssuer: 'skipped: certificate patterns are not supported',
};

export function importWappalyzerTechnologies(json: unknown): WappalyzerImport {
  const fingerprints: TechnologyFingerprint[] = [];
  const errors: ImportIssue[] = [];
  if (!isRecord(json)) {
    return { fingerprints, errors: [{ path: '', message: 'expected an object of technologies' }] };
  }
  for (const [name, entry] of Object.entries(json)) {
    if (!isRecord(entry)) {
      errors.push({ path: name, message: 'expected an object' });
      continue;
    }
    const patterns: FingerprintPattern[] = [];
    const add = (
      path: string,
      raw: string,
      build: (source: string, strength: Strength) => FingerprintPattern,
    ) => {
      const { source, strength } = parseTagged(raw);
      if (!source) {
        errors.push({ path, message: 'empty pattern' });
      } else if (!isValidRegexSource(source)) {
        errors.push({ path, message: `invalid regular expression: ${source}` });
      } else {
        patterns.push(build(source, strength));
      }
    };

    forEachString(entry.scriptSrc, `${name}.scriptSrc`, errors, (raw, path) =>
      add(path, raw, (source, strength) => ({ type: 'scriptSrc', pattern: source, strength })),
    );
    forEachEntry(entry.js, `${name}.js`, errors, (key, value, path) => {
      if (!/^[$A-Za-z_][$\w]*(\.[$A-Za-z_][$\w]*)*$/.test(key)) {
        errors.push({ path, message: `unsupported global path: ${key}` });
        return;
      }
      const { source, strength } = parseTagged(value);
      if (source) errors.push({ path, message: 'value pattern ignored; imported as a presence check' });
      patterns.push({ type: 'global', pattern: key, strength });
    });
    forEachEntry(entry.cookies, `${name}.cookies`, errors, (key, value, path) => {
      const { strength } = parseTagged(value);
      patterns.push({ type: 'cookie', pattern: `^${escapeRegex(key)}$`, strength });
      if (!key) errors.push({ path, message: 'empty cookie name' });
    });
    forEachEntry(entry.meta, `${name}.meta`, errors, (key, value, path) => {
      // An empty content pattern means "this meta tag is present".
      const tagged = parseTagged(value).source ? value : `.*${value}`;
      add(path, tagged, (source, strength) => ({
        type: 'meta',
        pattern: { name: key.toLowerCase(), contentPattern: source },
        strength,
      }));
    });
    importDom(entry.dom, `${name}.dom`, errors, patterns);

    for (const field of Object.keys(entry)) {
      const message = SKIPPED_FIELDS[field];
      if (message) errors.push({ path: `${name}.${field}`, message });
    }

    if (patterns.length === 0) {
      errors.push({ path: name, message: 'no usable patterns; technology skipped' });
      continue;
    }
    const parsed = technologyFingerprintSchema.safeParse({
      name,
      category: categoryOf(entry.cats),
      website: typeof entry.website === 'string' ? entry.website : 'https://example.invalid/',
      patterns,
    });
    if (parsed.success) fingerprints.push(parsed.data);
    else errors.push({ path: name, message: parsed.error.issues.map((issue) => issue.message).join('; ') });
  }
  return { fingerprints, errors };
}

type Strength = FingerprintPattern['strength'];

/** Splits `regex\;version:\1\;confidence:50` into the regex and a strength. */
function parseTagged(raw: string): { source: string; strength: Strength } {
  const [source = '', ...tags] = raw.split('\\;');
  let confidence = 100;
  for (const tag of tags) {
    const match = /^confidence:(\d+)$/.exec(tag.trim());
    if (match) confidence = Number(match[1]);
  }
  return { source, strength: confidence < 100 ? 'weak' : 'strong' };
}

function importDom(
  value: unknown,
  path: string,
  errors: ImportIssue[],
  patterns: FingerprintPattern[],
): void {
  if (value === undefined) return;
  if (typeof value === 'string' || Array.isArray(value)) {
    forEachString(value, path, errors, (selector) =>
      patterns.push({ type: 'dom', pattern: selector, strength: 'strong' }),
    );
    return;
  }
  if (isRecord(value)) {
    // `{ selector: { exists | attributes | properties | text } }`: we can only check existence.
    for (const [selector, check] of Object.entries(value)) {
      const existsOnly = isRecord(check) && Object.keys(check).every((key) => key === 'exists');
      if (!existsOnly) errors.push({ path: `${path}.${selector}`, message: 'only existence is checked' });
      patterns.push({ type: 'dom', pattern: selector, strength: existsOnly ? 'strong' : 'weak' });
    }
    return;
  }
  errors.push({ path, message: 'expected a selector, a list of selectors or an object' });
}

function forEachString(
  value: unknown,
  path: string,
  errors: ImportIssue[],
  each: (raw: string, path: string) => void,
): void {
  if (value === undefined) return;
  if (typeof value === 'string') return each(value, path);
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      if (typeof item === 'string') each(item, `${path}[${index}]`);
      else errors.push({ path: `${path}[${index}]`, message: 'expected a string' });
    });
    return;
  }
  errors.push({ path, message: 'expected a string or a list of strings' });
}

function forEachEntry(
  value: unknown,
  path: string,
  errors: ImportIssue[],
  each: (key: string, value: string, path: string) => void,
): void {
  if (value === undefined) return;
  if (!isRecord(value)) {
    errors.push({ path, message: 'expected an object' });
    return;
  }
  for (const [key, item] of Object.entries(value)) {
    const itemPath = `${path}.${key}`;
    if (typeof item === 'string') each(key, item, itemPath);
    else if (Array.isArray(item) && item.every((x) => typeof x === 'string')) {
      if (item.length === 0) each(key, '', itemPath);
      else item.forEach((x) => each(key, x, itemPath));
    } else errors.push({ path: itemPath, message: 'expected a string' });
  }
}

function categoryOf(cats: unknown): TechnologyCategory {
  if (!Array.isArray(cats)) return 'other';
  for (const id of cats) {
    const category = typeof id === 'number' ? CATEGORY_BY_ID[id] : undefined;
    if (category) return category;
  }
  return 'other';
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
