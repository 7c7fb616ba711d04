import { describe, expect, it } from 'vitest';
import { registrableDomain } from '@/lib/signals/domain';
import { decodeLinkedInRedirect } from '@/lib/signals/site-domain';
import { FIELD_VALUE_SCHEMAS } from '@/lib/signals/vocabulary';
import { ODD_STRINGS } from '../helpers/odd-strings';

describe('registrableDomain', () => {
  it.each([
    ['https://www.acme.co.uk/about?x=1', 'acme.co.uk'],
    ['www.Acme.com', 'acme.com'],
    ['HTTPS://WWW.ACME.COM', 'acme.com'],
    ['acme.com', 'acme.com'],
    ['acme.com:8080', 'acme.com'],
    ['https://acme.com:8443/x', 'acme.com'],
    ['  https://acme.com  ', 'acme.com'],
    ['\thttp://acme.com\n', 'acme.com'],
    ['acme.com/path', 'acme.com'],
    ['acme.com?ref=linkedin', 'acme.com'],
    ['http://shop.eu.acme.com', 'acme.com'],
    ['acme.com.', 'acme.com'],
    ['https://acme.com.au', 'acme.com.au'],
    ['acme.github.io', 'acme.github.io'],
    ['https://acme.herokuapp.com', 'acme.herokuapp.com'],
    ['https://bücher.de', 'xn--bcher-kva.de'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['linkedin.com', 'linkedin.com'],
    ['https://www.linkedin.com/company/acme/', 'linkedin.com'],
    ['https://www.acme.example', 'acme.example'],
    ['acme.test', 'acme.test'],
  ])('reads %j as %j', (input, expected) => {
    expect(registrableDomain(input)).toBe(expected);
  });

  it.each([
    ['', 'empty'],
    ['   ', 'blank'],
    ['not a url', 'spaces inside'],
    ['https://acme.com/a b', 'spaces inside a URL'],
    ['localhost', 'localhost'],
    ['http://localhost:3000', 'localhost with a port'],
    ['127.0.0.1', 'an IPv4 address'],
    ['http://192.168.0.1/admin', 'an IPv4 URL'],
    ['http://[::1]/', 'an IPv6 URL'],
    ['acme', 'no suffix'],
    ['file.txt', 'an unknown suffix'],
    ['acme.invalid', 'a reserved, never-resolving suffix'],
    ['co.uk', 'a public suffix alone'],
    ['www.com', 'a domain starting with www.'],
    ['ftp://acme.com', 'not http(s)'],
    ['mailto:info@acme.com', 'an email link'],
    ['info@acme.com', 'an email address'],
    ['javascript:alert(1)', 'script'],
    ['https://', 'a scheme alone'],
    ['//', 'slashes'],
    ['acme..com', 'an empty label'],
  ])('gives undefined for %j (%s)', (input) => {
    expect(registrableDomain(input)).toBeUndefined();
  });

  it(`never throws on ${ODD_STRINGS.length} odd strings and only returns vocabulary domains`, () => {
    expect(ODD_STRINGS).toHaveLength(200);
    for (const text of ODD_STRINGS) {
      const domain = registrableDomain(text);
      if (domain !== undefined) expect(FIELD_VALUE_SCHEMAS.domain.safeParse(domain).success).toBe(true);
    }
    expect(registrableDomain(null as unknown as string)).toBeUndefined();
  });
});

describe('decodeLinkedInRedirect', () => {
  const target = 'https%3A%2F%2Fwww%2Eacme%2Eexample';
  const redirect = 'https://www.linkedin.com/redir/redirect?url=';

  it.each([
    [
      `https://www.linkedin.com/redir/redirect?url=${target}&urlhash=abcd&trk=about_website`,
      'https://www.acme.example',
    ],
    [`/redir/redirect?url=${target}&urlhash=abcd&trk=about_website`, 'https://www.acme.example'],
    [`//www.linkedin.com/redir/redirect?url=${target}`, 'https://www.acme.example'],
    [`https://www.linkedin.com/redir/redirect/?url=${target}`, 'https://www.acme.example'],
    [`https://linkedin.com/redir/redirect?url=${target}`, 'https://www.acme.example'],
    [`https://de.linkedin.com/redir/redirect?trk=x&url=${target}`, 'https://www.acme.example'],
    [`  https://www.linkedin.com/redir/redirect?url=${target}  `, 'https://www.acme.example'],
    [
      'https://www.linkedin.com/safety/go?url=https%3A%2F%2Facme.example%2Fabout&trk=flagship-messaging',
      'https://acme.example/about',
    ],
    ['https://www.linkedin.com/redir/redirect?url=https%253A%252F%252Facme.example', 'https://acme.example'],
    [
      `${redirect}https%3A%2F%2Facme.example%2F%3Futm%3Dli%26x%3D1&urlhash=z`,
      'https://acme.example/?utm=li&x=1',
    ],
    [`${redirect}${encodeURIComponent(`${redirect}${target}`)}`, 'https://www.acme.example'],
    ['https://www.acme.example/about', 'https://www.acme.example/about'],
    ['http://acme.com', 'http://acme.com'],
    ['  https://acme.com  ', 'https://acme.com'],
    ['https://www.linkedin.com/company/acme/', 'https://www.linkedin.com/company/acme/'],
    [
      `https://evil.example/redir/redirect?url=${target}`,
      `https://evil.example/redir/redirect?url=${target}`,
    ],
    [
      `https://www.linkedin.com.evil.example/redir/redirect?url=${target}`,
      `https://www.linkedin.com.evil.example/redir/redirect?url=${target}`,
    ],
  ])('decodes %j to %j', (href, expected) => {
    expect(decodeLinkedInRedirect(href)).toBe(expected);
  });

  it.each([
    ['', 'empty'],
    ['garbage', 'not a URL'],
    ['javascript:alert(1)', 'script'],
    ['data:text/html,hi', 'data'],
    ['mailto:info@acme.com', 'mail'],
    ['/company/acme/', 'a relative LinkedIn link'],
    ['acme.com', 'a scheme-less host: not an href we can follow'],
    ['https://www.linkedin.com/redir/redirect', 'a redirect without a target'],
    ['https://www.linkedin.com/redir/redirect?url=', 'an empty target'],
    ['https://www.linkedin.com/redir/redirect?url=javascript%3Aalert(1)', 'a script target'],
    ['/redir/redirect?url=%2Fcompany%2Facme', 'a relative target'],
    ['https://www.linkedin.com/redir/redirect?url=%E0%A4%A', 'a malformed target'],
  ])('gives undefined for %j (%s)', (href) => {
    expect(decodeLinkedInRedirect(href)).toBeUndefined();
  });

  it(`never throws on ${ODD_STRINGS.length} odd strings and only returns http(s) URLs`, () => {
    for (const text of ODD_STRINGS) {
      const url = decodeLinkedInRedirect(text);
      if (url !== undefined) expect(url).toMatch(/^https?:\/\//i);
    }
    expect(decodeLinkedInRedirect(undefined as unknown as string)).toBeUndefined();
  });
});
