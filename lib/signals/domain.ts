import { parse } from 'tldts';

/** Longer than any website link worth reading; a bound keeps parsing cheap on garbage. */
const MAX_URL_LENGTH = 2048;
/** Bounds nested redirects (a redirect whose target is another redirect). */
const MAX_REDIRECT_DEPTH = 3;

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
/** A bare host with optional port and path: "www.Acme.com", "acme.com:8080/about". */
const BARE_HOST = /^[^\s/?#:@]+(?::\d{1,5})?(?:[/?#]\S*)?$/;
/** The vocabulary's shape for a domain (FIELD_VALUE_SCHEMAS.domain). */
const DOMAIN_SHAPE = /^(?!www\.)[a-z0-9-]+(\.[a-z0-9-]+)+$/;
/**
 * Reserved top-level names (RFC 2606) that tldts does not list. "example" and "test" are what
 * fixtures use ("acme.example"), so they are let through; "invalid" and "localhost" never are.
 */
const FIXTURE_SUFFIXES = new Set(['example', 'test']);

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
function hostnameOf(input: string): string | undefined {
  if (HAS_SCHEME.test(input)) {
    const url = toUrl(input);
    return url && isHttpUrl(url) ? url.hostname : undefined;
  }
  if (!BARE_HOST.test(input)) return undefined;
  return toUrl(`http://${input}`)?.hostname;
}

/**
 * The registrable domain of a URL or host, lowercase and without "www." ("https://www.acme.co.uk/about"
 * -> "acme.co.uk"). Private suffixes count as public ones (allowPrivateDomains), so two companies on
 * "acme.herokuapp.com" and "zenith.herokuapp.com" stay two domains rather than both being
 * "herokuapp.com". IPs, localhost and unknown suffixes ("file.txt") give undefined.
 */
export function registrableDomain(input: string): string | undefined {
  try {
    if (typeof input !== 'string') return undefined;
    const text = input.trim();
    if (text.length === 0 || text.length > MAX_URL_LENGTH || /\s/.test(text)) return undefined;
    const hostname = hostnameOf(text)?.replace(/\.$/, '');
    if (!hostname) return undefined;
    const parsed = parse(hostname, { allowPrivateDomains: true });
    if (parsed.isIp || !parsed.domain) return undefined;
    const knownSuffix = parsed.isIcann || parsed.isPrivate || FIXTURE_SUFFIXES.has(parsed.publicSuffix ?? '');
    const domain = parsed.domain.toLowerCase();
    return knownSuffix && DOMAIN_SHAPE.test(domain) ? domain : undefined;
  } catch {
    return undefined;
  }
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
