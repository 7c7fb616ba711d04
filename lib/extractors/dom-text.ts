/**
 * Reading text the way a person sees it. Pages repeat text for screen readers
 * (`visually-hidden` twins of `aria-hidden` spans) and hide helper text ("External link for
 * Acme"); reading raw textContent would double or pollute every value.
 */
const HIDDEN_TEXT_SELECTOR = [
  '.visually-hidden',
  '.sr-only',
  '.a11y-text',
  '[hidden]',
  'script',
  'style',
  'template',
  'noscript',
  'svg',
].join(', ');

const TEXT_NODE = 3;

/** Visible text of an element, whitespace collapsed. */
export function visibleText(element: Element): string {
  return visibleTextChunks(element).join(' ');
}

/** The element's visible text nodes, trimmed and collapsed, in document order. */
export function visibleTextChunks(element: Element, skip?: (el: Element) => boolean): string[] {
  const chunks: string[] = [];
  collectChunks(element, chunks, skip);
  return chunks;
}

function collectChunks(node: Node, chunks: string[], skip?: (el: Element) => boolean): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === TEXT_NODE) {
      const text = collapse(child.textContent ?? '');
      if (text) chunks.push(text);
    } else if (isElement(child) && !isHiddenText(child) && !skip?.(child)) {
      collectChunks(child, chunks, skip);
    }
  }
}

function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}

function isHiddenText(element: Element): boolean {
  return element.matches(HIDDEN_TEXT_SELECTOR);
}

export function collapse(text: string): string {
  return text.replace(/[\s\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g, ' ').trim();
}
