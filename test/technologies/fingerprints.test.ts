// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import fingerprintFile from '@/lib/technologies/fingerprints.json';
import { TECHNOLOGY_CATEGORIES, fingerprintFileSchema } from '@/lib/technologies/fingerprint-schema';
import { loadFingerprints } from '@/lib/technologies/built-in-fingerprints';

const technologies = loadFingerprints();

describe('built-in fingerprints', () => {
  it('validates against the schema and names at least 80 tools', () => {
    const parsed = fingerprintFileSchema.safeParse(fingerprintFile);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(technologies.length).toBeGreaterThanOrEqual(80);
  });

  it('covers every category with at least one tool', () => {
    const used = new Set(technologies.map((t) => t.category));
    for (const category of TECHNOLOGY_CATEGORIES) expect(used, category).toContain(category);
  });

  it('lists the tools a page cannot show instead of inventing fingerprints for them', () => {
    const names = new Set(technologies.map((t) => t.name));
    const notDetectable = fingerprintFileSchema.parse(fingerprintFile).notDetectable ?? [];
    expect(notDetectable.map((n) => n.name)).toEqual(
      expect.arrayContaining(['Outreach', 'Salesloft', 'Gong']),
    );
    for (const { name } of notDetectable) expect(names, name).not.toContain(name);
  });

  it('gives every tool at least one strong pattern, or two weak ones', () => {
    for (const tech of technologies) {
      const strong = tech.patterns.some((p) => p.strength === 'strong');
      expect(strong || tech.patterns.length >= 2, tech.name).toBe(true);
    }
  });

  it('has only selectors a browser can parse', () => {
    for (const tech of technologies) {
      for (const p of tech.patterns) {
        if (p.type === 'dom')
          expect(() => document.querySelector(p.pattern), `${tech.name}: ${p.pattern}`).not.toThrow();
      }
    }
  });

  it('anchors URL and script patterns on a hostname or path, never on a bare brand word', () => {
    for (const tech of technologies) {
      const brand = tech.name;
      const prose = [
        brand,
        brand.toLowerCase(),
        `We integrate with ${brand} and ${brand.toLowerCase()}.`,
        `var integrations = ["${brand}", "${brand.toLowerCase()}"];`,
        `https://example.com/${brand.toLowerCase()}`,
      ];
      for (const p of tech.patterns) {
        if (p.type !== 'scriptSrc' && p.type !== 'linkHref' && p.type !== 'inlineScript') continue;
        expect(p.pattern, `${brand}: ${p.pattern}`).toMatch(/\\\.|\/|\\\(|=|\\b\w+\\\./);
        const re = new RegExp(p.pattern, 'i');
        for (const text of prose) expect(re.test(text), `${brand}: ${p.pattern} ~ ${text}`).toBe(false);
      }
    }
  });

  it('has case-sensitive-looking cookie patterns anchored at the start', () => {
    for (const tech of technologies) {
      for (const p of tech.patterns) if (p.type === 'cookie') expect(p.pattern, tech.name).toMatch(/^\^/);
    }
  });
});
