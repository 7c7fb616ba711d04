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
  let previous: Element | undefined;
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === TEXT_NODE) {
      const text = collapse(child.textContent ?? '');
      if (text) chunks.push(text);
    } else if (isElement(child) && !isHiddenText(child) && !skip?.(child)) {
      if (!isScreenReaderTwin(previous, child)) collectChunks(child, chunks, skip);
      previous = child;
    }
  }
}

/**
 * LinkedIn writes text twice, once `aria-hidden` for the eye and once for screen readers. With
 * hashed class names the screen-reader copy cannot be told by its class, but it is always the
 * sibling of the aria-hidden one, with the same text.
 */
function isScreenReaderTwin(previous: Element | undefined, element: Element): boolean {
  if (!previous) return false;
  const eitherAriaHidden =
    previous.getAttribute('aria-hidden') === 'true' || element.getAttribute('aria-hidden') === 'true';
  return eitherAriaHidden && collapse(previous.textContent ?? '') === collapse(element.textContent ?? '');
}

function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}

function isHiddenText(element: Element): boolean {
  return element.matches(HIDDEN_TEXT_SELECTOR);
}

export function collapse(text: string): string {
  return text
    .replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
