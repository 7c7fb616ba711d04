import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { linkedInCompanyExtractor } from '@/lib/extractors/linkedin/company';
import type { Signal } from '@/lib/signals/vocabulary';

export interface FixtureRoute {
  url: string;
  file: string;
}

const LINKEDIN_FIXTURES = resolve(import.meta.dirname, '../fixtures/linkedin');

/** Every fixture page and the URL it stands for: routes.json, and routes-<topic>.json per variant set. */
export function linkedInRoutes(): FixtureRoute[] {
  return readdirSync(LINKEDIN_FIXTURES)
    .filter((name) => /^routes(-[\w-]+)?\.json$/.test(name))
    .flatMap((name) => JSON.parse(readFileSync(join(LINKEDIN_FIXTURES, name), 'utf8')) as FixtureRoute[]);
}

export function readLinkedInFixture(file: string): string {
  return readFileSync(join(LINKEDIN_FIXTURES, file), 'utf8');
}

/** Parses a page without running its scripts, as the content script finds it. */
export function parsePage(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const ALL_FIXTURES = resolve(import.meta.dirname, '../fixtures');

/** Every fixture route under test/fixtures, whatever the site (LinkedIn, Crunchbase, websites). */
export function allFixtureRoutes(): FixtureRoute[] {
  return (readdirSync(ALL_FIXTURES, { recursive: true }) as string[])
    .filter((name) => /(^|\/)routes(-[\w-]+)?\.json$/.test(name))
    .flatMap((name) => JSON.parse(readFileSync(join(ALL_FIXTURES, name), 'utf8')) as FixtureRoute[]);
}

/** The LinkedIn company extractor over a fixture page, optionally edited as text first. */
export function extractLinkedInCompany(
  file: string,
  url: string,
  seenAt: string,
  transform: (html: string) => string = (html) => html,
): Signal[] {
  return linkedInCompanyExtractor.extract(
    parsePage(transform(readLinkedInFixture(file))),
    new URL(url),
    seenAt,
  );
}
