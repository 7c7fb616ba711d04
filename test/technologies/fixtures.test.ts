// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectPageEvidence } from '@/lib/technologies/collect-evidence';
import { loadFingerprints } from '@/lib/technologies/built-in-fingerprints';
import { detectTechnologies } from '@/lib/technologies/detect';
import { parsePage } from '../helpers/fixtures';

const DIR = resolve(import.meta.dirname, '../fixtures/websites/technographics');
const expected = JSON.parse(readFileSync(resolve(DIR, 'expected.json'), 'utf8')) as Record<
  string,
  { name: string; confidence: 'high' | 'medium' }[]
>;

function detectFixture(file: string) {
  const doc = parsePage(readFileSync(resolve(DIR, file), 'utf8'));
  return detectTechnologies(collectPageEvidence(doc, {}), loadFingerprints());
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

describe('technographics fixtures', () => {
  it.each(Object.keys(expected))('%s is a full-size page', (file) => {
    const size = readFileSync(resolve(DIR, file)).byteLength;
    expect(size).toBeGreaterThan(100 * 1024);
    expect(size).toBeLessThan(400 * 1024);
  });

  it.each(Object.entries(expected))('%s: exactly the expected detections', (file, want) => {
    const got = detectFixture(file).map(({ name, confidence }) => ({ name, confidence }));
    expect(got.sort(byName)).toEqual([...want].sort(byName));
  });

  it('keeps the matched URL, selector or script excerpt as evidence', () => {
    const hubspot = detectFixture('webflow-hubspot.html').find((d) => d.name === 'HubSpot');
    expect(hubspot?.category).toBe('crm');
    expect(hubspot?.evidence).toContainEqual({
      type: 'scriptSrc',
      value: 'https://js.hs-scripts.com/4829103.js',
    });
    expect(hubspot?.evidence).toContainEqual({ type: 'dom', value: 'script#hs-script-loader' });

    const pardot = detectFixture('wordpress-yoast-pardot-ga4.html').find((d) => d.name === 'Pardot');
    const inline = pardot?.evidence.filter((e) => e.type === 'inlineScript') ?? [];
    expect(inline.length).toBeGreaterThan(0);
    expect(inline.every((e) => e.value.length <= 300)).toBe(true);
  });

  it('gives a prose-only page nothing, though it names tools, links to them and quotes their snippets', () => {
    const doc = parsePage(readFileSync(resolve(DIR, 'prose-mentions-only.html'), 'utf8'));
    expect(doc.body.textContent).toContain('We integrate with Salesforce, HubSpot and Marketo');
    expect(doc.querySelector('a[href="https://www.hubspot.com/?utm_source=x"]')).not.toBeNull();
    expect(doc.querySelector('img[alt="Salesforce"]')).not.toBeNull();
    expect(detectFixture('prose-mentions-only.html')).toEqual([]);
  });
});
