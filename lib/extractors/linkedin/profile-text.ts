import { collapse, visibleText } from '@/lib/extractors/dom-text';

/**
 * Reading profile text. Signed-in pages print every line twice, an `aria-hidden` copy for the eye
 * and a `visually-hidden` twin for screen readers; builds with hashed class names rename
 * `visually-hidden`, so the twin cannot be dropped by class. Reading the aria-hidden copies when
 * an element has any gives the line once in both builds.
 */
export function shownText(element: Element): string {
  if (element.matches('[aria-hidden="true"]')) return visibleText(element);
  const copies = Array.from(element.querySelectorAll('[aria-hidden="true"]'))
    .filter((copy) => !copy.parentElement?.closest('[aria-hidden="true"]'))
    .map((copy) => visibleText(copy))
    .filter(Boolean);
  return copies.length > 0 ? copies.join(' ') : visibleText(element);
}

/** A label read from an element whose twin could not be told apart: "Experience Experience". */
export function undoubled(text: string): string {
  const middle = (text.length - 1) / 2;
  if (Number.isInteger(middle) && text[middle] === ' ' && text.slice(0, middle) === text.slice(middle + 1)) {
    return text.slice(0, middle);
  }
  return text;
}

/** Guest pages mask what a signed-out visitor may not see: "**********", "*** ****". */
export function isMasked(text: string): boolean {
  return /\*{2,}/.test(text) || /^[\s*•·.\-–—]*$/.test(text);
}

const MAX_VALUE_LENGTH = 200;

/** A value as a person reads it, or undefined when it is blank, masked or no single value. */
export function cleanValue(text: string | null | undefined): string | undefined {
  const value = collapse(text ?? '');
  if (!value || value.length > MAX_VALUE_LENGTH || isMasked(value)) return undefined;
  return value;
}

/** "Acme · Full-time" -> "Acme": the employment type follows a middle dot. */
export function beforeMiddot(text: string): string {
  return text.split(/\s+[·•]\s+/)[0]?.trim() ?? '';
}

/** Text that reads as a date range or a duration, never a company or a title. */
export function looksLikeDates(text: string): boolean {
  return /\b(?:19|20)\d{2}\b/.test(text) || /^\d+\s*\p{L}{1,5}\.?(?:\s+\d+\s*\p{L}{1,5}\.?)?$/u.test(text);
}

/** Place names carry no digits; "500+ connections" and "6K followers" do. */
export function cleanLocation(text: string | null | undefined): string | undefined {
  const value = cleanValue(text);
  return value && !/\d/.test(value) && value.length <= 120 ? value : undefined;
}

/** Compares two names the way a person would: case, accents and spacing aside. */
export function sameName(a: string, b: string): boolean {
  const key = (text: string) =>
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  return key(a) === key(b);
}
