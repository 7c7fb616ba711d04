// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
import { describe, expect, it } from 'vitest';
import {
  MAX_INLINE_SCRIPT_CHARS,
  collectPageEvidence,
  parseCookieNames,
  stripUrl,
} from '@/lib/technologies/collect-evidence';
import { loadFingerprints } from '@/lib/technologies/built-in-fingerprints';
import { MAX_EVIDENCE_VALUE, detectTechnologies } from '@/lib/technologies/detect';
import type { TechnologyFingerprint } from '@/lib/technologies/fingerprint-schema';
import { parsePage } from '../helpers/fixtures';

function page(head: string, body = ''): Document {
  return parsePage(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`);
}

function detect(
  doc: Document,
  extra: { globals?: string[]; cookies?: string } = {},
  fingerprints = loadFingerprints(),
) {
  return detectTechnologies(collectPageEvidence(doc, extra), fingerprints).map(({ name, confidence }) => ({
    name,
    confidence,
  }));
}

const TEST_TOOL: TechnologyFingerprint = {
  name: 'Test Tool',
  category: 'other',
  website: 'https://tool.example',
  patterns: [
    { type: 'scriptSrc', pattern: 'content\\.js$', strength: 'strong' },
    { type: 'dom', pattern: 'div#tool-frame', strength: 'strong' },
    { type: 'linkHref', pattern: 'overlay\\.css$', strength: 'strong' },
    { type: 'global', pattern: 'toolQueue', strength: 'weak' },
    { type: 'cookie', pattern: '^_tool_id$', strength: 'weak' },
    { type: 'meta', pattern: { name: 'tool-site-id', contentPattern: '^\\d+$' }, strength: 'weak' },
  ],
};

describe('collectPageEvidence', () => {
  it('reads script src, link href of stylesheets and resource hints, inline scripts and meta tags', () => {
    const doc = page(
      `<meta name="generator" content="WordPress 6.6">
       <link rel="stylesheet" href="/a.css"><link rel="preconnect" href="https://cdn.one.example">
       <link rel="prefetch" href="//cdn.two.example/x.js"><link rel="canonical" href="https://site.example/">
       <script src="//cdn.three.example/lib.js?v=3#top"></script><script>var x = 1;</script>
       <script type="text/template"><div>not code</div></script>`,
    );
    const evidence = collectPageEvidence(doc, {
      globals: ['Munchkin', ' '],
      cookies: 'a=1; _mkto_trk=id:1; b',
    });
    expect(evidence.scriptSrcs).toEqual(['https://cdn.three.example/lib.js']);
    expect(evidence.linkHrefs).toEqual(['/a.css', 'https://cdn.one.example', 'https://cdn.two.example/x.js']);
    expect(evidence.inlineScripts).toEqual(['var x = 1;']);
    expect(evidence.metas).toContainEqual({ name: 'generator', content: 'WordPress 6.6' });
    expect(evidence.globals).toEqual(['Munchkin']);
    expect(evidence.cookieNames).toEqual(['a', '_mkto_trk', 'b']);
    expect(evidence.doc).toBe(doc);
  });

  it('caps each inline script at 100 KB', () => {
    const doc = page(`<script>${'x'.repeat(MAX_INLINE_SCRIPT_CHARS + 5000)}</script>`);
    expect(collectPageEvidence(doc, {}).inlineScripts[0]).toHaveLength(MAX_INLINE_SCRIPT_CHARS);
  });

  it.each(['chrome-extension', 'moz-extension', 'safari-web-extension'])(
    'leaves out %s:// scripts, links and the inline scripts that load them',
    (scheme) => {
      const base = `${scheme}://abcdefghijklmnop`;
      const doc = page(
        `<script src="${base}/content.js"></script><link rel="stylesheet" href="${base}/overlay.css">
         <script>window.__ext = "${base}/"; loadFrom("//widget.intercom.io/widget/abc");</script>`,
        `<div id="tool-frame" data-src="${base}/frame.html"></div>`,
      );
      const evidence = collectPageEvidence(doc, {});
      expect(evidence.scriptSrcs).toEqual([]);
      expect(evidence.linkHrefs).toEqual([]);
      expect(evidence.inlineScripts).toEqual([]);
      expect(detect(doc, {}, [TEST_TOOL, ...loadFingerprints()])).toEqual([]);
    },
  );

  it('drops query strings and fragments before matching', () => {
    expect(stripUrl(' //js.example.com/a.js?x=1#y ')).toBe('https://js.example.com/a.js');
    const doc = page(
      `<script src="https://tracker.example/t.js?utm_source=hubspot&amp;src=//js.hs-scripts.com/123.js"></script>
       <link rel="stylesheet" href="https://site.example/main.css#//js.intercomcdn.com/x">`,
      '<a href="https://www.hubspot.com/?utm_source=hubspot">HubSpot</a><a href="/pricing?ref=intercom">Pricing</a>',
    );
    expect(detect(doc)).toEqual([]);
  });

  it('never reads the page text: paragraphs, headings, link text, alt text or code samples', () => {
    const doc = page(
      '<script>const partners = ["Salesforce", "HubSpot", "Marketo", "Segment"];</script>',
      `<h1>We integrate with Salesforce, HubSpot and Marketo</h1><p>Munchkin _hsq hubspotutk piAId = '1'</p>
       <img src="/logos/salesforce.svg" alt="Salesforce"><pre><code>&lt;script src="https://js.hs-scripts.com/1.js"&gt;&lt;/script&gt;</code></pre>`,
    );
    expect(detect(doc)).toEqual([]);
  });

  it('parses cookie names', () => {
    expect(parseCookieNames(' hubspotutk=abc ; __hstc=1.2=3;;flag')).toEqual([
      'hubspotutk',
      '__hstc',
      'flag',
    ]);
  });
});

describe('detectTechnologies', () => {
  it('reports a strong pattern as high confidence, with what matched', () => {
    const doc = page('<script src="https://munchkin.marketo.net/159/munchkin.js"></script>');
    const [marketo] = detectTechnologies(collectPageEvidence(doc, {}), loadFingerprints());
    expect(marketo).toEqual({
      name: 'Marketo',
      category: 'marketing_automation',
      confidence: 'high',
      evidence: [{ type: 'scriptSrc', value: 'https://munchkin.marketo.net/159/munchkin.js' }],
    });
  });

  it('needs two weak patterns: one alone is nothing, two are medium', () => {
    const empty = page('');
    expect(detect(empty, { cookies: '_clck=1' })).toEqual([]);
    expect(detect(empty, { cookies: '_clck=1; _clsk=2' })).toEqual([
      { name: 'Microsoft Clarity', confidence: 'medium' },
    ]);
    expect(detect(empty, { globals: ['toolQueue'] }, [TEST_TOOL])).toEqual([]);
    expect(
      detect(page('<meta name="tool-site-id" content="42">'), { globals: ['toolQueue'] }, [TEST_TOOL]),
    ).toEqual([{ name: 'Test Tool', confidence: 'medium' }]);
  });

  it('matches globals by exact dotted path and cookies by name', () => {
    expect(detect(page(''), { globals: ['Munchkin'] })).toEqual([{ name: 'Marketo', confidence: 'high' }]);
    expect(detect(page(''), { globals: ['analytics.SNIPPET_VERSION'] })).toEqual([]);
    expect(
      detect(page(''), { globals: ['analytics.SNIPPET_VERSION'], cookies: 'ajs_anonymous_id=%22x%22' }),
    ).toEqual([{ name: 'Segment', confidence: 'medium' }]);
    expect(detect(page(''), { cookies: 'hubspotutk=1' })).toEqual([{ name: 'HubSpot', confidence: 'high' }]);
    expect(detect(page(''), { cookies: 'x=hubspotutk' })).toEqual([]);
  });

  it('matches meta tags by name and content', () => {
    expect(detect(page('<meta name="generator" content="WordPress 6.6.2">'))).toEqual([
      { name: 'WordPress', confidence: 'high' },
    ]);
    expect(detect(page('<meta name="description" content="WordPress agency">'))).toEqual([]);
  });

  it('ignores DOM matches an extension owns, and bad selectors', () => {
    const own = page('', '<div id="tool-frame" data-src="/frame.html"></div>');
    expect(detect(own, {}, [TEST_TOOL])).toEqual([{ name: 'Test Tool', confidence: 'high' }]);
    const injected = page(
      '',
      '<div style="all:initial" data-src="chrome-extension://abc/x"><div id="tool-frame"></div></div>',
    );
    expect(detect(injected, {}, [TEST_TOOL])).toEqual([]);
    const broken: TechnologyFingerprint = {
      ...TEST_TOOL,
      patterns: [{ type: 'dom', pattern: 'div[', strength: 'strong' }],
    };
    expect(detect(own, {}, [broken])).toEqual([]);
  });

  it('caps evidence values at 300 characters', () => {
    const longPath = 'a'.repeat(600);
    const doc = page(`<script src="https://js.stripe.com/${longPath}"></script>`);
    const [stripe] = detectTechnologies(collectPageEvidence(doc, {}), loadFingerprints());
    expect(stripe?.evidence[0]?.value.length).toBe(MAX_EVIDENCE_VALUE);
  });
});
