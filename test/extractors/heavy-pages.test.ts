// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { companyWebsiteExtractor } from '@/lib/extractors/website/company-website';
import { loadFingerprints } from '@/lib/technologies/built-in-fingerprints';
import { collectPageEvidence } from '@/lib/technologies/collect-evidence';
import { detectTechnologies } from '@/lib/technologies/detect';
import { extractLinkedInCompany, parsePage } from '../helpers/fixtures';
import { valuesOf } from '../helpers/signals';

/**
 * The two pages the performance budgets are measured on (scripts/bench/page.ts) must stay pages
 * Fitcheck reads: a benchmark of a read that finds nothing would measure the wrong work.
 */
const SEEN_AT = '2026-11-23T12:00:00.000Z';
const FIXTURES = resolve(import.meta.dirname, '../fixtures');
// happy-dom parses a 2 MB page in several seconds on a small machine.
const PARSE_TIMEOUT_MS = 60_000;

const MB = 1024 * 1024;

describe('heavy signed-in LinkedIn company page', () => {
  const file = 'heavy-signed-in-corvid-home.html';
  const url = 'https://www.linkedin.com/company/corvid-cloudworks/';
  let facts: Record<string, unknown>;

  beforeAll(() => {
    facts = valuesOf(extractLinkedInCompany(file, url, SEEN_AT));
  }, PARSE_TIMEOUT_MS);

  it('is about 2 MB', () => {
    const size = readFileSync(resolve(FIXTURES, 'linkedin', file)).byteLength;
    expect(size).toBeGreaterThan(1.8 * MB);
    expect(size).toBeLessThan(2.4 * MB);
  });

  it('still yields the company from its top card, not from the feed or the rail', () => {
    expect(facts).toMatchObject({
      name: 'Corvid Cloudworks',
      industry: 'Software Development',
      employeeRange: '1001-5000',
      employeesOnLinkedIn: 2318,
      linkedinUrl: url,
    });
    // A post's link card names the company's site; the Home tab itself does not.
    expect(facts.domain).toBeUndefined();
  });
});

describe('heavy company website', () => {
  const path = resolve(FIXTURES, 'websites/technographics/heavy-halyard-home.html');
  const url = new URL('https://www.halyardcloud.com/');
  let doc: Document;

  beforeAll(() => {
    doc = parsePage(readFileSync(path, 'utf8'));
  }, PARSE_TIMEOUT_MS);

  it('is about 1.5 MB with 60 script tags', () => {
    expect(readFileSync(path).byteLength).toBeGreaterThan(1.3 * MB);
    expect(readFileSync(path).byteLength).toBeLessThan(1.7 * MB);
    expect(doc.querySelectorAll('script')).toHaveLength(60);
  });

  it('still yields the company and its domain', () => {
    expect(valuesOf(companyWebsiteExtractor.extract(doc, url, SEEN_AT))).toMatchObject({
      name: 'Halyard Cloud',
      domain: 'halyardcloud.com',
      linkedinUrl: 'https://www.linkedin.com/company/halyard-cloud/',
    });
  });

  it('still detects the tools it loads, but not those its integrations directory only names', () => {
    const names = detectTechnologies(collectPageEvidence(doc), loadFingerprints()).map((tech) => tech.name);
    expect(names).toEqual(
      expect.arrayContaining(['Google Tag Manager', 'HubSpot', 'Marketo', 'Segment', 'Intercom', 'Next.js']),
    );
    expect(names).not.toContain('Salesforce');
    expect(names).not.toContain('Zendesk');
  });
});
