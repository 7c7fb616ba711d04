import { describe, expect, it } from 'vitest';
import { registrableDomain } from '@/lib/signals/domain';
import { isSameSite, siteHost } from '@/lib/signals/site-domain';
import { FIELD_VALUE_SCHEMAS } from '@/lib/signals/vocabulary';
import { ODD_STRINGS } from '../helpers/odd-strings';

describe('siteHost: a domain as a page can read it', () => {
  it.each([
    ['https://www.acme.com/about', 'acme.com'],
    ['HTTPS://WWW.Careers.Acme.co.uk/jobs?x=1', 'careers.acme.co.uk'],
    ['acme.com', 'acme.com'],
    ['www.acme.com:8080/contact', 'acme.com'],
    ['https://acme.example./', 'acme.example'],
    ['https://bücher.de/', 'xn--bcher-kva.de'],
  ])('%s -> %s', (input, host) => {
    expect(siteHost(input)).toBe(host);
  });

  it.each([
    'https://192.168.0.1/',
    'http://localhost:3000/',
    'https://[::1]/',
    'mailto:sales@acme.com',
    'javascript:alert(1)',
    'ftp://acme.com/',
    'not a host',
    '',
  ])('%s gives nothing', (input) => {
    expect(siteHost(input)).toBeUndefined();
  });

  it('gives a value the background reduces to the registrable domain, or nothing', () => {
    expect(registrableDomain(siteHost('https://shop.acme.co.uk/') ?? '')).toBe('acme.co.uk');
    expect(registrableDomain(siteHost('https://files.local.txt/') ?? '')).toBeUndefined();
  });

  it('never throws and only ever gives a valid domain shape', () => {
    for (const odd of ODD_STRINGS) {
      const host = siteHost(odd);
      if (host !== undefined) expect(FIELD_VALUE_SCHEMAS.domain.safeParse(host).success).toBe(true);
    }
  });
});

describe('isSameSite', () => {
  it('takes a host and its subdomains as one site, and nothing else', () => {
    expect(isSameSite('careers.acme.com', 'acme.com')).toBe(true);
    expect(isSameSite('acme.com', 'jobs.acme.com')).toBe(true);
    expect(isSameSite('acme.com', 'acme.com')).toBe(true);
    expect(isSameSite('acme.com', 'notacme.com')).toBe(false);
    expect(isSameSite('acme.com', 'acme.com.evil.io')).toBe(false);
  });
});
