import { parse } from 'tldts';
import { FIELD_RULES } from './field-rules';
import { hostnameOf } from './site-domain';
/**
 * Reserved top-level names (RFC 2606) that tldts does not list. "example" and "test" are what
 * fixtures use ("acme.example"), so they are let through; "invalid" and "localhost" never are.
 */
const FIXTURE_SUFFIXES = new Set(['example', 'test']);

/**
 * The registrable domain of a URL or host, lowercase and without "www." ("https://www.acme.co.uk/about"
 * -> "acme.co.uk"). Private suffixes count as public ones (allowPrivateDomains), so two companies on
 * "acme.herokuapp.com" and "zenith.herokuapp.com" stay two domains rather than both being
 * "herokuapp.com". IPs, localhost and unknown suffixes ("file.txt") give undefined.
 */
export function registrableDomain(input: string): string | undefined {
  try {
    const hostname = hostnameOf(input);
    if (!hostname) return undefined;
    const parsed = parse(hostname, { allowPrivateDomains: true });
    if (parsed.isIp || !parsed.domain) return undefined;
    const knownSuffix = parsed.isIcann || parsed.isPrivate || FIXTURE_SUFFIXES.has(parsed.publicSuffix ?? '');
    const domain = parsed.domain.toLowerCase();
    return knownSuffix && FIELD_RULES.domain.pattern.test(domain) ? domain : undefined;
  } catch {
    return undefined;
  }
}
