// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { visibleText } from '@/lib/extractors/dom-text';

function element(html: string): Element {
  document.body.innerHTML = `<div id="x">${html}</div>`;
  return document.getElementById('x') as Element;
}

describe('visibleText', () => {
  it.each([
    ['collapses padding', '\n   Acme \n  Corp  ', 'Acme Corp'],
    [
      'drops screen-reader copies by class',
      '<span aria-hidden="true">VP Sales</span><span class="visually-hidden">VP Sales</span>',
      'VP Sales',
    ],
    [
      'drops screen-reader copies with hashed classes',
      '<span aria-hidden="true">VP Sales</span><span class="_a8f3c">VP Sales</span>',
      'VP Sales',
    ],
    ['keeps equal siblings that are not screen-reader twins', '<span>10</span><span>10</span>', '10 10'],
    [
      'drops scripts, styles and hidden elements',
      'Acme<script>x()</script><style>p{}</style><p hidden>no</p>',
      'Acme',
    ],
    ['drops bidi and zero-width characters', 'Ac\u200bme \u202eCorp', 'Acme Corp'],
  ])('%s', (_case, html, text) => {
    expect(visibleText(element(html))).toBe(text);
  });
});
