// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectPageEvidence } from '@/lib/technologies/collect-evidence';
import { detectTechnologies } from '@/lib/technologies/detect';
import { fingerprintFileSchema } from '@/lib/technologies/fingerprint-schema';
import { importWappalyzerTechnologies } from '@/lib/technologies/wappalyzer-import';
import { parsePage } from '../helpers/fixtures';

/** A small hand-written sample in the Wappalyzer technologies.json shape (not copied from it). */
const SAMPLE = {
  'Acme Automation': {
    cats: [32],
    website: 'https://automation.example',
    scriptSrc: [
      'track\\.automation\\.example/(?:([\\d.]+)/)?t\\.js\\;version:\\1',
      'cdn\\.automation\\.example/\\;confidence:50',
    ],
    js: { AcmeTrack: '', 'AcmeTrack.version': '([\\d.]+)\\;version:\\1' },
    cookies: { _acme_trk: '', 'acme.sid': '\\;confidence:25' },
    meta: { generator: '^AcmeCMS(?: ([\\d.]+))?\\;version:\\1', 'acme-site': '' },
    dom: "div#acme-widget, link[href*='cdn.automation.example']",
    html: '<!-- Acme tracking -->',
    headers: { 'X-Acme': '' },
    implies: 'PHP',
  },
  'Chat Example': {
    cats: [52, 10],
    scriptSrc: 'widget\\.chat\\.example/loader\\.js',
    dom: { 'iframe#chat-example': { exists: '' }, 'div.chat-example': { text: 'Chat' } },
  },
  'Broken Regex': {
    cats: [999],
    scriptSrc: ['broken(\\.example', 'fine\\.example/x\\.js'],
    meta: { generator: '[unclosed' },
  },
  'Headers Only': { cats: [1], headers: { Server: 'HeadersOnly' } },
  'Not An Object': 'x',
};

describe('importWappalyzerTechnologies', () => {
  const { fingerprints, errors } = importWappalyzerTechnologies(SAMPLE);
  const byName = (name: string) => fingerprints.find((f) => f.name === name);

  it('converts string-or-array fields, strips version tags and turns confidence < 100 into weak', () => {
    expect(byName('Acme Automation')).toEqual({
      name: 'Acme Automation',
      category: 'marketing_automation',
      website: 'https://automation.example',
      patterns: [
        {
          type: 'scriptSrc',
          pattern: 'track\\.automation\\.example/(?:([\\d.]+)/)?t\\.js',
          strength: 'strong',
        },
        { type: 'scriptSrc', pattern: 'cdn\\.automation\\.example/', strength: 'weak' },
        { type: 'global', pattern: 'AcmeTrack', strength: 'strong' },
        { type: 'global', pattern: 'AcmeTrack.version', strength: 'strong' },
        { type: 'cookie', pattern: '^_acme_trk$', strength: 'strong' },
        { type: 'cookie', pattern: '^acme\\.sid$', strength: 'weak' },
        {
          type: 'meta',
          pattern: { name: 'generator', contentPattern: '^AcmeCMS(?: ([\\d.]+))?' },
          strength: 'strong',
        },
        { type: 'meta', pattern: { name: 'acme-site', contentPattern: '.*' }, strength: 'strong' },
        { type: 'dom', pattern: "div#acme-widget, link[href*='cdn.automation.example']", strength: 'strong' },
      ],
    });
  });

  it('maps the first known category, defaults the rest to other, and reads dom objects', () => {
    expect(byName('Chat Example')?.category).toBe('chat_support');
    expect(byName('Chat Example')?.patterns).toContainEqual({
      type: 'dom',
      pattern: 'iframe#chat-example',
      strength: 'strong',
    });
    expect(byName('Chat Example')?.patterns).toContainEqual({
      type: 'dom',
      pattern: 'div.chat-example',
      strength: 'weak',
    });
    expect(byName('Broken Regex')?.category).toBe('other');
  });

  it('reports invalid regexes with their path and keeps the valid patterns', () => {
    expect(errors).toContainEqual({
      path: 'Broken Regex.scriptSrc[0]',
      message: expect.stringMatching(/invalid regular expression/),
    });
    expect(errors).toContainEqual({
      path: 'Broken Regex.meta.generator',
      message: expect.stringMatching(/invalid regular expression/),
    });
    expect(byName('Broken Regex')?.patterns).toEqual([
      { type: 'scriptSrc', pattern: 'fine\\.example/x\\.js', strength: 'strong' },
    ]);
  });

  it('skips headers and html, and reports them', () => {
    expect(errors).toContainEqual({
      path: 'Acme Automation.html',
      message: expect.stringMatching(/^skipped/),
    });
    expect(errors).toContainEqual({
      path: 'Acme Automation.headers',
      message: expect.stringMatching(/^skipped/),
    });
    expect(byName('Headers Only')).toBeUndefined();
    expect(errors).toContainEqual({
      path: 'Headers Only',
      message: expect.stringMatching(/no usable patterns/),
    });
    expect(errors).toContainEqual({ path: 'Not An Object', message: 'expected an object' });
  });

  it('never throws on malformed input', () => {
    expect(importWappalyzerTechnologies(null).errors).toHaveLength(1);
    expect(importWappalyzerTechnologies([1, 2]).fingerprints).toEqual([]);
    expect(() =>
      importWappalyzerTechnologies({ X: { scriptSrc: 42, js: 'nope', cookies: { a: 1 }, dom: 7 } }),
    ).not.toThrow();
  });

  it('produces a valid fingerprint file that the detector can use', () => {
    expect(fingerprintFileSchema.safeParse({ formatVersion: 1, technologies: fingerprints }).success).toBe(
      true,
    );
    const doc = parsePage(
      '<html><head><script src="https://track.automation.example/2.1/t.js?id=9"></script></head></html>',
    );
    const detections = detectTechnologies(collectPageEvidence(doc, {}), fingerprints);
    expect(detections.map((d) => [d.name, d.confidence])).toEqual([['Acme Automation', 'high']]);
  });
});
