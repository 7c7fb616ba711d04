// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { globalCandidates, loadFingerprints } from '@/lib/technologies/built-in-fingerprints';
import { createTechnologyExtractor } from '@/lib/technologies/technology-extractor';
import type { Signal } from '@/lib/signals/vocabulary';
import { parsePage } from '../helpers/fixtures';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/websites');
/** The tool name of a technology signal. */
const toolOf = (signal: Signal) => (Array.isArray(signal.value) ? signal.value[0] : undefined);
const page = (path: string) => parsePage(readFileSync(resolve(FIXTURES, path), 'utf8'));
const SEEN_AT = '2026-11-23T12:00:00.000Z';

describe('createTechnologyExtractor', () => {
  it('gives one technology signal per tool, with how it was recognized as evidence', () => {
    const url = new URL('https://www.northwindledger.com/');
    const signals = createTechnologyExtractor(loadFingerprints).extract(
      page('site/northwind-home.html'),
      url,
      SEEN_AT,
    );
    // The page is a Next.js build whose JSON-LD comes from Yoast, and it loads HubSpot's embed.
    expect(signals.map(toolOf).sort()).toEqual(['HubSpot', 'Next.js', 'Yoast SEO']);
    const hubspot = signals.find((signal) => toolOf(signal) === 'HubSpot');
    expect(hubspot?.evidence).toMatchObject({
      url: url.href,
      extractorId: 'technographics',
      seenAt: SEEN_AT,
    });
    expect(hubspot?.evidence.sourceText).toContain('js.hs-scripts.com/7351962.js');
  });

  it('uses the globals and cookies the caller read from the page', () => {
    const doc = parsePage('<html><head><title>x</title></head><body><p>Hello</p></body></html>');
    const withDrift = createTechnologyExtractor(loadFingerprints, () => ({
      globals: ['drift', 'driftt'],
      cookies: 'a=1',
    }));
    const names = withDrift.extract(doc, new URL('https://acme.com/'), SEEN_AT).map(toolOf);
    expect(names).toContain('Drift');
  });

  it('reads nothing from a page that only mentions tools in prose', () => {
    const url = new URL('https://www.example-prose.com/');
    expect(
      createTechnologyExtractor(loadFingerprints).extract(
        page('technographics/prose-mentions-only.html'),
        url,
        SEEN_AT,
      ),
    ).toEqual([]);
  });

  it('never runs on LinkedIn or Crunchbase, whose own scripts are not the company’s tools', () => {
    const extractor = createTechnologyExtractor(loadFingerprints);
    expect(extractor.matches(new URL('https://www.linkedin.com/company/acme/'))).toBe(false);
    expect(extractor.matches(new URL('https://www.crunchbase.com/organization/acme'))).toBe(false);
    expect(extractor.matches(new URL('https://acme.com/pricing'))).toBe(true);
  });

  it('asks the page about each global path once', () => {
    const candidates = globalCandidates(loadFingerprints());
    expect(candidates).toContain('Munchkin');
    expect(new Set(candidates).size).toBe(candidates.length);
  });
});
