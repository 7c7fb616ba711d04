import { FIELD_RULES } from './field-rules';

/**
 * Domains as a page can read them, without the public suffix list (about 40 KB gzipped, too much
 * for a content script that runs on every page: docs/performance.md). The background reduces
 * each host to its registrable domain (lib/signals/domain.ts) when an observation arrives.
 */

/** Longer than any website link worth reading; a bound keeps parsing cheap on garbage. */
export const MAX_URL_LENGTH = 2048;
/** Bounds nested redirects (a redirect whose target is another redirect). */
const MAX_REDIRECT_DEPTH = 3;

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
/** A bare host with optional port and path: "www.Acme.com", "acme.com:8080/about". */
const BARE_HOST = /^[^\s/?#:@]+(?::\d{1,5})?(?:[/?#]\S*)?$/;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

const LINKEDIN_ORIGIN = 'https://www.linkedin.com';
/** LinkedIn's outbound link wrappers: the About page "redir/redirect" and the "safety/go" interstitial. */
const LINKEDIN_REDIRECT_PATH = /^\/(?:redir\/redirect|safety\/go)\/?$/;

function isHttpUrl(url: URL): boolean {
  return url.protocol === 'http:' || url.protocol === 'https:';
}

function toUrl(text: string, base?: string): URL | undefined {
  try {
    return new URL(text, base);
  } catch {
    return undefined;
  }
}

/** The host of a full URL or of a scheme-less "acme.com/path"; `new URL` turns IDN into punycode. */
export function hostnameOf(input: string): string | undefined {
  if (typeof input !== 'string') return undefined;
  const text = input.trim();
  if (text.length === 0 || text.length > MAX_URL_LENGTH || /\s/.test(text)) return undefined;
  if (HAS_SCHEME.test(text)) {
    const url = toUrl(text);
    return url && isHttpUrl(url) ? url.hostname.replace(/\.$/, '') : undefined;
  }
  if (!BARE_HOST.test(text)) return undefined;
  return toUrl(`http://${text}`)?.hostname.replace(/\.$/, '');
}

/**
 * The host of a URL or bare host as a domain signal carries it from the page: lowercase, without
 * "www." ("https://WWW.Careers.Acme.co.uk/jobs" -> "careers.acme.co.uk"). IPs and single-label
 * hosts (localhost) give undefined. The background turns it into "acme.co.uk".
 */
export function siteHost(input: string): string | undefined {
  try {
    const host = hostnameOf(input)
      ?.toLowerCase()
      .replace(/^www\./, '');
    if (!host || IPV4.test(host)) return undefined;
    return FIELD_RULES.domain.pattern.test(host) ? host : undefined;
  } catch {
    return undefined;
  }
}

/** True when two site hosts are one site as far as a page can tell: the same, or one under the other. */
export function isSameSite(host: string, other: string): boolean {
  return host === other || host.endsWith(`.${other}`) || other.endsWith(`.${host}`);
}

function isLinkedInHost(hostname: string): boolean {
  return hostname === 'linkedin.com' || hostname.endsWith('.linkedin.com');
}

function isLinkedInRedirect(url: URL): boolean {
  return isLinkedInHost(url.hostname) && LINKEDIN_REDIRECT_PATH.test(url.pathname);
}

/** An absolute href as is, a root-relative or protocol-relative one against linkedin.com. */
function resolveHref(href: string): URL | undefined {
  if (HAS_SCHEME.test(href)) return toUrl(href);
  if (href.startsWith('/')) return toUrl(href, LINKEDIN_ORIGIN);
  return undefined;
}

/** Some pages encode the target twice ("https%253A%252F%252F..."): decode what is still encoded. */
function fullyDecoded(target: string): string {
  let decoded = target;
  for (let round = 0; round < MAX_REDIRECT_DEPTH && /^https?%3A/i.test(decoded); round += 1) {
    try {
      decoded = decodeURIComponent(decoded);
    } catch {
      return decoded;
    }
  }
  return decoded.trim();
}

function unwrap(href: string, depth: number): string | undefined {
  const url = resolveHref(href);
  if (!url || !isHttpUrl(url)) return undefined;
  if (!isLinkedInRedirect(url)) return HAS_SCHEME.test(href) ? href : undefined;
  const target = url.searchParams.get('url');
  if (!target || depth >= MAX_REDIRECT_DEPTH) return undefined;
  const decoded = fullyDecoded(target);
  // The target must itself be an absolute http(s) URL; a relative one would point back to LinkedIn.
  return HAS_SCHEME.test(decoded) ? unwrap(decoded, depth + 1) : undefined;
}

/**
 * The real target of a LinkedIn outbound link ("https://www.linkedin.com/redir/redirect?url=
 * https%3A%2F%2Fwww%2Eacme%2Eexample&..." -> "https://www.acme.example"). Any other http(s) href is
 * returned as is; javascript:, data:, relative non-redirect links and garbage give undefined.
 */
export function decodeLinkedInRedirect(href: string): string | undefined {
  try {
    if (typeof href !== 'string') return undefined;
    const text = href.trim();
    if (text.length === 0 || text.length > MAX_URL_LENGTH) return undefined;
    return unwrap(text, 0);
  } catch {
    return undefined;
  }
}
