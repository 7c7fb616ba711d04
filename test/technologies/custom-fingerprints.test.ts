// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FitcheckDb } from '@/lib/db';
import {
  clearCustomFingerprints,
  getCustomFingerprints,
  importCustomFingerprints,
} from '@/lib/technologies/custom-fingerprints';
import { loadFingerprints } from '@/lib/technologies/built-in-fingerprints';
import { createTechnologyExtractor } from '@/lib/technologies/technology-extractor';
import { parsePage } from '../helpers/fixtures';

const WAPPALYZER_FILE = JSON.stringify({
  'Acme Chat': {
    cats: [52],
    scriptSrc: ['widget\\.acmechat\\.io/v(\\d+)/loader\\.js\\;version:\\1'],
    website: 'https://acmechat.io',
  },
  'Broken Tool': { cats: [1], scriptSrc: '([unclosed', headers: { 'X-Broken': '' } },
});

let db: FitcheckDb;
beforeEach(() => {
  db = new FitcheckDb(`test-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

describe('custom fingerprints', () => {
  it('imports a Wappalyzer file, lists what it skipped, and detects the new tool', async () => {
    const result = await importCustomFingerprints(db, WAPPALYZER_FILE);
    expect(result).toMatchObject({ ok: true, imported: 1 });
    if (!result.ok) return;
    expect(result.skipped.map((issue) => issue.path).join(' ')).toContain('Broken Tool');
    const custom = await getCustomFingerprints(db);
    const doc = parsePage(
      '<html><head><script src="https://widget.acmechat.io/v2/loader.js"></script></head></html>',
    );
    const extractor = createTechnologyExtractor(() => [...loadFingerprints(), ...custom]);
    const tools = extractor.extract(doc, new URL('https://acme.com/'), '2026-11-23T12:00:00.000Z');
    expect(tools.map((signal) => signal.value)).toEqual([['Acme Chat']]);
  });

  it('refuses a file that is not JSON and keeps what was stored', async () => {
    await importCustomFingerprints(db, WAPPALYZER_FILE);
    const result = await importCustomFingerprints(db, '{ not json');
    expect(result.ok).toBe(false);
    expect(await getCustomFingerprints(db)).toHaveLength(1);
    await clearCustomFingerprints(db);
    expect(await getCustomFingerprints(db)).toEqual([]);
  });
});
