// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { withPersonSeniority } from '@/lib/accounts/complete-observation';
import { linkedInProfileExtractor } from '@/lib/extractors/linkedin/profile';
import { extractorFor } from '@/lib/extractors/registry';
import type { Signal } from '@/lib/signals/vocabulary';
import { signalSchema } from '@/lib/signals/vocabulary';
import { linkedInRoutes, parsePage, readLinkedInFixture } from '../helpers/fixtures';
import { valuesOf } from '../helpers/signals';

const SEEN_AT = '2026-11-23T12:00:00.000Z';

/** The signals as the background stores them: with the seniority read from the title. */
function extractFrom(doc: Document, url: string): Signal[] {
  return withPersonSeniority(linkedInProfileExtractor.extract(doc, new URL(url), SEEN_AT));
}

function extract(file: string, url: string, transform: (html: string) => string = (html) => html): Signal[] {
  return extractFrom(parsePage(transform(readLinkedInFixture(file))), url);
}

function fixtureDoc(file: string, edit: (doc: Document) => void): Document {
  const doc = parsePage(readLinkedInFixture(file));
  edit(doc);
  return doc;
}

function removeAll(doc: Document, selector: string): void {
  doc.querySelectorAll(selector).forEach((element) => element.remove());
}

/** Every class replaced by a hash, as LinkedIn's 2024-25 builds ship them. */
function hashClasses(html: string): string {
  let n = 0;
  return html.replace(/\bclass="[^"]*"/g, () => `class="_h${(n++).toString(36)}x"`);
}

const JANE = { file: 'profile-guest-jane-doe.html', url: 'https://de.linkedin.com/in/janedoe' };
const OMAR = {
  file: 'profile-signed-in-omar-haddad.html',
  url: 'https://www.linkedin.com/in/omar-haddad-4b2a19/',
};
const MASKED = { file: 'profile-guest-masked.html', url: 'https://www.linkedin.com/in/masked-person' };
const LENA = { file: 'profile-signed-in-hashed.html', url: 'https://www.linkedin.com/in/lena-mueller/' };

/** Every fact each full-size profile fixture holds, and nothing else: other people must not leak in. */
const CASES = [
  {
    name: 'guest profile with title pattern, JSON-LD Person and an experience list',
    ...JANE,
    facts: {
      personName: 'Jane Doe',
      personTitle: 'VP Sales',
      personCompany: 'Harborview Analytics',
      personCompanyLinkedinUrl: 'https://www.linkedin.com/company/harborview-analytics/',
      personLocation: 'Toronto, Ontario, Canada',
      personLinkedinUrl: 'https://www.linkedin.com/in/janedoe/',
      seniority: 'vp',
    },
  },
  {
    name: 'signed-in profile whose headline is no title, with a numeric company link',
    ...OMAR,
    facts: {
      personName: 'Omar Haddad',
      personTitle: 'Director of Sales Development',
      personCompany: 'Northwind Ledger',
      personCompanyLinkedinUrl: 'https://www.linkedin.com/company/7351962/',
      personLocation: 'Austin, Texas, United States',
      personLinkedinUrl: 'https://www.linkedin.com/in/omar-haddad-4b2a19/',
      seniority: 'director',
    },
  },
  {
    name: 'guest profile with masked JSON-LD and a masked experience entry',
    ...MASKED,
    facts: {
      personName: 'Inês Carvalho',
      personLocation: 'Lisbon, Lisbon, Portugal',
      personLinkedinUrl: 'https://www.linkedin.com/in/masked-person/',
    },
  },
  {
    name: 'signed-in profile in German with every class hashed',
    ...LENA,
    facts: {
      personName: 'Lena Müller',
      personTitle: 'Leiterin Vertrieb DACH',
      personCompany: 'Quotaly',
      personCompanyLinkedinUrl: 'https://www.linkedin.com/company/quotaly/',
      personLocation: 'München, Bayern, Deutschland',
      personLinkedinUrl: 'https://www.linkedin.com/in/lena-mueller/',
      seniority: 'head',
    },
  },
];

describe('linkedInProfileExtractor over full-size pages', () => {
  it.each(CASES)('$name', ({ file, url, facts }) => {
    expect(valuesOf(extract(file, url))).toEqual(facts);
  });

  it.each(CASES)('keeps evidence for every value: $name', ({ file, url }) => {
    for (const signal of extract(file, url)) {
      expect(signal.evidence).toMatchObject({ url, extractorId: 'linkedin-profile', seenAt: SEEN_AT });
      expect(signal.evidence.sourceText.length, signal.field).toBeGreaterThan(0);
      expect(signalSchema.safeParse(signal).success, signal.field).toBe(true);
    }
  });

  it('reads the same facts when every class name of a signed-in page is replaced by a hashed one', () => {
    for (const { file, url, facts } of CASES) {
      if (file.startsWith('profile-signed-in'))
        expect(valuesOf(extract(file, url, hashClasses)), file).toEqual(facts);
    }
  });

  it('takes the title from the first Experience entry, with the line read once', () => {
    const title = extract(OMAR.file, OMAR.url).find((signal) => signal.field === 'personTitle');
    expect(title?.evidence.sourceText).toBe('Director of Sales Development | Northwind Ledger · Full-time');
  });

  it('routes every profile fixture to this extractor', () => {
    for (const { url } of CASES) expect(extractorFor(new URL(url))?.id).toBe('linkedin-profile');
    const routed = linkedInRoutes().filter((route) => route.file.startsWith('profile-'));
    expect(routed.map((route) => route.file).sort()).toEqual(CASES.map((c) => c.file).sort());
  });
});

describe('linkedInProfileExtractor never reads the headline as a title', () => {
  it('gives no title for a signed-in page without Experience, though the headline is there', () => {
    const doc = fixtureDoc(OMAR.file, (d) => removeAll(d, 'section[data-view-name="profile-card"]'));
    expect(doc.body.textContent).toContain('Helping SaaS teams grow');
    const facts = valuesOf(extractFrom(doc, OMAR.url));
    expect(facts.personTitle).toBeUndefined();
    expect(facts.seniority).toBeUndefined();
    expect(facts.personCompany).toBe('Northwind Ledger');
    expect(facts.personCompanyLinkedinUrl).toBeUndefined();
  });

  it('gives no title from the guest headline when Experience, <title> and JSON-LD say none', () => {
    const doc = fixtureDoc(JANE.file, (d) => {
      removeAll(d, 'section[data-section="experience"], script[type="application/ld+json"]');
      removeAll(d, 'meta[property="og:title"]');
      d.title = 'Jane Doe | LinkedIn';
    });
    expect(valuesOf(extractFrom(doc, JANE.url)).personTitle).toBeUndefined();
  });

  it('falls back to the <title> pattern, then to the JSON-LD jobTitle', () => {
    const noExperience = fixtureDoc(JANE.file, (d) => removeAll(d, 'section[data-section="experience"]'));
    const fromTitle = extractFrom(noExperience, JANE.url).find((signal) => signal.field === 'personTitle');
    expect(fromTitle?.value).toBe('VP Sales');
    expect(fromTitle?.evidence.sourceText).toBe('Jane Doe - VP Sales - Harborview Analytics | LinkedIn');

    removeAll(noExperience, 'meta[property="og:title"]');
    noExperience.title = 'Jane Doe | LinkedIn';
    const fromJsonLd = extractFrom(noExperience, JANE.url).find((signal) => signal.field === 'personTitle');
    expect(fromJsonLd?.value).toBe('VP Sales');
    expect(fromJsonLd?.evidence.sourceText).toContain('"jobTitle":"VP Sales"');
  });

  it.each([
    'Jane Doe - VP Sales | LinkedIn',
    'Jane Doe - VP Sales - EMEA - Harborview | LinkedIn',
    'Jane Doe - VP Sales - Harborview',
    'Someone Else - CEO - Acme | LinkedIn',
  ])('ignores a page title not of the exact shape, or naming someone else: %j', (title) => {
    const doc = fixtureDoc(JANE.file, (d) => {
      removeAll(d, 'section[data-section="experience"], script[type="application/ld+json"]');
      removeAll(d, 'meta[property="og:title"]');
      d.title = title;
    });
    expect(valuesOf(extractFrom(doc, JANE.url)).personTitle).toBeUndefined();
  });
});

describe('linkedInProfileExtractor on masked and walled pages', () => {
  it('reads a masked JSON-LD jobTitle and name as unknown', () => {
    const doc = fixtureDoc(MASKED.file, (d) => {
      removeAll(d, 'h1');
      d.querySelector('main')?.insertAdjacentHTML('afterbegin', '<h1>**********</h1>');
    });
    const facts = valuesOf(extractFrom(doc, MASKED.url));
    expect(facts.personTitle).toBeUndefined();
    expect(facts.personName).toBeUndefined();
    expect(facts.personLocation).toBe('Lisbon, Lisbon, Portugal');
  });

  it('reads nothing from a page whose JSON-LD is reduced to an /authwall WebPage', () => {
    const walled = readLinkedInFixture(JANE.file).replace(
      /<script type="application\/ld\+json">[\s\S]*?<\/script>/,
      '<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebPage","url":"https://www.linkedin.com/authwall?trk=bf"}</script>',
    );
    expect(extractFrom(parsePage(walled), JANE.url)).toEqual([]);
  });

  it('reads nothing from a page with no h1', () => {
    const doc = fixtureDoc(JANE.file, (d) => removeAll(d, 'h1'));
    expect(extractFrom(doc, JANE.url)).toEqual([]);
  });

  it('reads nothing from a heading with no profile facts around it (a sign-in wall)', () => {
    const doc = parsePage(
      '<html><body><main><h1>Join LinkedIn</h1><p>Sign in to continue.</p></main></body></html>',
    );
    expect(extractFrom(doc, 'https://www.linkedin.com/in/someone/')).toEqual([]);
  });

  it('reads nothing while the page still shows the previous member after an in-app move', () => {
    const doc = parsePage(readLinkedInFixture(OMAR.file));
    expect(extractFrom(doc, 'https://www.linkedin.com/in/lena-mueller/')).toEqual([]);
  });
});

describe('linkedInProfileExtractor on pieces of pages', () => {
  it.each(CASES)('never throws on cut-down copies of $file', ({ file, url }) => {
    const html = readLinkedInFixture(file);
    for (const cut of [0, 0.05, 0.1, 0.25, 0.4, 0.5, 0.6, 0.75, 0.9, 0.99]) {
      const doc = parsePage(html.slice(0, Math.floor(html.length * cut)));
      expect(() => extractFrom(doc, url)).not.toThrow();
    }
  });

  it('reads an entry grouping several roles at one company: the latest role, the group company', () => {
    const doc = parsePage(`<html><body><main>
      <section data-view-name="profile-top-card"><h1>Ana Ruiz</h1>
        <div><span>Madrid, Comunidad de Madrid, España</span><span> · <a href="/in/ana-ruiz/overlay/contact-info/">Contact info</a></span></div>
      </section>
      <section data-view-name="profile-card"><h2><span aria-hidden="true">Experiencia</span><span class="visually-hidden">Experiencia</span></h2>
        <ul><li><div data-view-name="profile-component-entity">
          <a href="https://www.linkedin.com/company/payroute/"><img alt="Payroute logo"></a>
          <div class="t-bold"><span aria-hidden="true">Payroute</span></div>
          <span class="t-14 t-normal"><span aria-hidden="true">Jornada completa · 4 años</span></span>
          <ul><li><div data-view-name="profile-component-entity">
            <div class="t-bold"><span aria-hidden="true">Jefa de Ventas</span></div>
            <span class="t-14 t-normal t-black--light"><span aria-hidden="true">ene. 2022 - actualidad</span></span>
          </div></li><li><div data-view-name="profile-component-entity">
            <div class="t-bold"><span aria-hidden="true">Ejecutiva de Cuentas</span></div>
          </div></li></ul>
        </div></li></ul>
      </section></main></body></html>`);
    expect(valuesOf(extractFrom(doc, 'https://es.linkedin.com/in/Ana-Ruiz'))).toEqual({
      personName: 'Ana Ruiz',
      personTitle: 'Jefa de Ventas',
      personCompany: 'Payroute',
      personCompanyLinkedinUrl: 'https://www.linkedin.com/company/payroute/',
      personLocation: 'Madrid, Comunidad de Madrid, España',
      personLinkedinUrl: 'https://www.linkedin.com/in/ana-ruiz/',
      seniority: 'head',
    });
  });

  it('does not pair a company link with another company than the one named', () => {
    const doc = parsePage(`<html><body><main>
      <section class="top-card-layout"><h1>Jo Park</h1>
        <h3 class="top-card-layout__first-subline"><div class="top-card__subline-item">Seoul, South Korea</div></h3>
        <div data-section="currentPositionsDetails"><a href="https://kr.linkedin.com/company/keel-data?trk=x"><span>Keel Data</span></a></div>
      </section>
      <section data-section="experience"><h2>Experience</h2><ul><li>
        <h3>Data Engineer</h3><h4>Stackwise</h4>
      </li></ul></section></main></body></html>`);
    const facts = valuesOf(extractFrom(doc, 'https://www.linkedin.com/in/jo-park'));
    expect(facts.personCompany).toBe('Stackwise');
    expect(facts.personCompanyLinkedinUrl).toBeUndefined();
    expect(facts.seniority).toBe('other');
  });
});

describe('linkedInProfileExtractor.matches', () => {
  it.each([
    ['https://www.linkedin.com/in/jane-doe/', true],
    ['https://www.linkedin.com/in/jane-doe', true],
    ['https://de.linkedin.com/in/janedoe', true],
    ['https://linkedin.com/in/x/', true],
    ['https://www.linkedin.com/in/x/details/experience/', true],
    ['https://www.linkedin.com/in/j%C3%BCrgen-m%C3%BCller/', true],
    ['https://www.linkedin.com/in/', false],
    ['https://www.linkedin.com/in', false],
    ['https://www.linkedin.com/company/x/', false],
    ['https://www.linkedin.com/feed/', false],
    ['https://www.linkedin.com/pub/dir/jane/doe', false],
    ['https://notlinkedin.com/in/x/', false],
    ['https://www.linkedin.com.evil.example/in/x/', false],
    ['https://example.com/in/x/', false],
  ])('%s -> %s', (url, expected) => {
    expect(linkedInProfileExtractor.matches(new URL(url))).toBe(expected);
  });

  it('files a profile under its lower-cased canonical URL', () => {
    const signals = extract(JANE.file, 'https://de.linkedin.com/in/JaneDoe/?trk=people-guest');
    expect(valuesOf(signals).personLinkedinUrl).toBe('https://www.linkedin.com/in/janedoe/');
  });
});
