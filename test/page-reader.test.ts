// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Extractor } from '@/lib/extractors/types';
import { createPageReader, type PageMessage } from '@/lib/page-reader';
import { signal } from './helpers/signals';

const companyExtractor: Extractor = {
  id: 'fake',
  pageKind: 'fake-company',
  keyFields: [],
  matches: (url) => url.pathname.startsWith('/company/'),
  extract: (doc) => {
    const name = doc.querySelector('h1')?.textContent;
    return name ? [signal('name', name)] : [];
  },
};

function setup(path: string) {
  const sent: PageMessage[] = [];
  let url = new URL(`https://www.linkedin.com${path}`);
  const reader = createPageReader({
    doc: document,
    location: () => url,
    now: () => new Date('2026-11-23T12:00:00Z'),
    send: (message) => sent.push(message),
    extractors: [companyExtractor],
  });
  return { reader, sent, go: (next: string) => (url = new URL(`https://www.linkedin.com${next}`)) };
}

describe('createPageReader', () => {
  it('sends an observation once, and again only when what it reads changes', () => {
    document.body.innerHTML = '<h1>Acme</h1>';
    const { reader, sent } = setup('/company/acme/');
    reader.read();
    reader.read();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ kind: 'observe', observation: { pageKind: 'fake-company' } });
    document.body.innerHTML = '<h1>Acme Corp</h1>';
    reader.read();
    expect(sent).toHaveLength(2);
  });

  it('clears the tab when navigation leaves the company, once', () => {
    document.body.innerHTML = '<h1>Acme</h1>';
    const { reader, sent, go } = setup('/company/acme/');
    reader.read();
    go('/feed/');
    reader.read();
    reader.read();
    expect(sent.map((m) => m.kind)).toEqual(['observe', 'clear']);
  });

  it('clears when a company URL shows nothing it can read', () => {
    document.body.innerHTML = '<p>Sign in to see this page</p>';
    const { reader, sent } = setup('/company/acme/');
    reader.read();
    expect(sent).toEqual([{ kind: 'clear' }]);
  });

  it('survives an extractor that throws, reading the page as unrecognized', () => {
    const sent: PageMessage[] = [];
    const broken: Extractor = {
      ...companyExtractor,
      extract: () => {
        throw new Error('markup changed');
      },
    };
    const reader = createPageReader({
      doc: document,
      location: () => new URL('https://www.linkedin.com/company/acme/'),
      now: () => new Date(),
      send: (message) => sent.push(message),
      extractors: [broken],
    });
    expect(() => reader.read()).not.toThrow();
    expect(sent).toEqual([{ kind: 'clear' }]);
  });
});

describe('createPageReader and pages it cannot fully read', () => {
  const strict: Extractor = { ...companyExtractor, keyFields: ['name', 'industry'] };

  function strictReader(sent: PageMessage[]) {
    return createPageReader({
      doc: document,
      location: () => new URL('https://www.linkedin.com/company/acme/'),
      now: () => new Date('2026-11-23T12:00:00Z'),
      send: (message) => sent.push(message),
      extractors: [strict],
    });
  }

  it('says a page of a kind it reads gave nothing, naming the key fields', () => {
    document.body.innerHTML = '<main><p>Something new</p></main>';
    const sent: PageMessage[] = [];
    strictReader(sent).read();
    expect(sent).toMatchObject([
      { kind: 'unreadable', report: { pageKind: 'fake-company', missing: ['name', 'industry'] } },
    ]);
  });

  it('sends a partial read with the key fields it lacks, and reports it once when asked', () => {
    document.body.innerHTML = '<h1>Acme</h1>';
    const sent: PageMessage[] = [];
    const reader = strictReader(sent);
    reader.read();
    reader.reportProblems();
    reader.reportProblems();
    expect(sent).toMatchObject([
      { kind: 'observe', observation: { missingKeyFields: ['industry'] } },
      { kind: 'readProblem', report: { missing: ['industry'] } },
    ]);
    expect(sent).toHaveLength(2);
  });

  it('reports nothing for a complete read', () => {
    const complete: Extractor = { ...strict, keyFields: ['name'] };
    document.body.innerHTML = '<h1>Acme</h1>';
    const sent: PageMessage[] = [];
    const reader = createPageReader({
      doc: document,
      location: () => new URL('https://www.linkedin.com/company/acme/'),
      now: () => new Date(),
      send: (message) => sent.push(message),
      extractors: [complete],
    });
    reader.read();
    reader.reportProblems();
    expect(sent.map((m) => m.kind)).toEqual(['observe']);
  });
});

describe('createPageReader.reset', () => {
  it('sends an unchanged read again after a reset', () => {
    document.body.innerHTML = '<h1>Acme</h1>';
    const sent: PageMessage[] = [];
    const reader = createPageReader({
      doc: document,
      location: () => new URL('https://www.linkedin.com/company/acme/'),
      now: () => new Date('2026-11-23T12:00:00Z'),
      send: (message) => sent.push(message),
      extractors: [companyExtractor],
    });
    reader.read();
    reader.read();
    reader.reset();
    reader.read();
    expect(sent.map((m) => m.kind)).toEqual(['observe', 'observe']);
  });
});
