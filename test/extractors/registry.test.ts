// @vitest-environment happy-dom
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTRACTORS } from '@/lib/extractors/registry';
import { allFixtureRoutes } from '../helpers/fixtures';

describe('extractor registry', () => {
  it.each(EXTRACTORS.map((extractor) => [extractor.id, extractor] as const))(
    '%s has a test file and a fixture page it matches',
    (id, extractor) => {
      expect(existsSync(resolve(import.meta.dirname, `${id}.test.ts`))).toBe(true);
      expect(allFixtureRoutes().some((route) => extractor.matches(new URL(route.url)))).toBe(true);
    },
  );

  it('has unique ids', () => {
    expect(new Set(EXTRACTORS.map((extractor) => extractor.id)).size).toBe(EXTRACTORS.length);
  });
});
