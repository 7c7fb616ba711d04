/**
 * Text comparison for ICP operators. People type list values by hand ("software development",
 * " HubSpot"), so comparisons ignore case, surrounding spaces and repeated inner spaces.
 */
export function normalizeText(text: string): string {
  return remembered(normalizedTexts, text, () =>
    text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase(),
  );
}

/*
 * Scoring compares the same few hundred values (an ICP's lists, the industries and countries
 * pages give) millions of times when a database is re-scored: their normal forms and keyword
 * patterns are worked out once. Bounded, so odd inputs cannot grow them without end.
 */
const MAX_REMEMBERED = 20_000;
const normalizedTexts = new Map<string, string>();
const keywordPatterns = new Map<string, RegExp | undefined>();

function remembered<T>(cache: Map<string, T>, key: string, make: () => T): T {
  if (cache.has(key)) return cache.get(key) as T;
  if (cache.size >= MAX_REMEMBERED) cache.clear();
  const value = make();
  cache.set(key, value);
  return value;
}

export function sameText(a: string, b: string): boolean {
  return normalizeText(a) === normalizeText(b);
}

/** True when any item of the list equals any of the wanted values, ignoring case. */
export function listIncludes(items: readonly string[], wanted: string): boolean {
  return items.some((item) => sameText(item, wanted));
}

// A letter, digit, combining mark or underscore on either side means we are inside a word.
const WORD_CHAR = '[\\p{L}\\p{N}\\p{M}_]';

/**
 * True when the keyword occurs as a whole word or phrase: "AI" finds "AI-powered" and "AI"
 * but not "Email". Boundaries are Unicode-aware so "café" is one word, not "caf" + "é".
 */
export function containsKeyword(text: string, keyword: string): boolean {
  const pattern = remembered(keywordPatterns, keyword, () => keywordPattern(keyword));
  return pattern !== undefined && pattern.test(text.normalize('NFKC'));
}

function keywordPattern(keyword: string): RegExp | undefined {
  const words = keyword.trim().split(/\s+/).filter(Boolean).map(escapeRegExp);
  if (words.length === 0) return undefined;
  return new RegExp(`(?<!${WORD_CHAR})${words.join('\\s+')}(?!${WORD_CHAR})`, 'iu');
}

function escapeRegExp(text: string): string {
  // Only the regex syntax characters: the 'u' flag refuses escapes of anything else.
  return text.normalize('NFKC').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Letters that carry no combining accent, yet people type them plain: "satış" as "satis".
const PLAIN_LETTERS: Readonly<Record<string, string>> = {
  ı: 'i',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
};

/**
 * normalizeText, with accents dropped: "Satış Müdürü" -> "satis muduru", "Vice-Président" ->
 * "vice-president". Only Latin, Greek and Cyrillic accents (U+0300–U+036F) go, so vowel signs
 * of other scripts, and Japanese voicing marks, stay as they are.
 */
export function foldText(text: string): string {
  return normalizeText(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ıßæœøłđðþ]/g, (letter) => PLAIN_LETTERS[letter] ?? letter)
    .normalize('NFC');
}

/** Equal once case, spacing and accents are ignored: "Satış" and "SATIS". */
export function sameFoldedText(a: string, b: string): boolean {
  return foldText(a) === foldText(b);
}

// Parts of one headline ("VP Sales | Advisor · Speaker"): a title phrase must sit inside one part.
const TITLE_PART_BREAK = /[|·•;]+/;
const TITLE_WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** Single words written short: "Sr." -> senior, "Dir." -> director. */
const TITLE_WORD_FORMS: Readonly<Record<string, readonly string[]>> = {
  sr: ['senior'],
  snr: ['senior'],
  jr: ['junior'],
  dir: ['director'],
  mgr: ['manager'],
  ops: ['operations'],
  revops: ['revenue', 'operations'],
};

/** Words that link a title's parts and change nothing: "VP of Sales" is "VP Sales". */
const TITLE_FILLERS: ReadonlySet<string> = new Set(['of', 'the']);

/**
 * Runs of words with one short form; the longest run is tried first. SVP and EVP stay apart from
 * VP: a senior or executive vice president is not the title a "VP Sales" rule names.
 */
const TITLE_PHRASE_FORMS: readonly (readonly [readonly string[], string])[] = [
  [['senior', 'vice', 'president'], 'svp'],
  [['executive', 'vice', 'president'], 'evp'],
  [['exec', 'vice', 'president'], 'evp'],
  [['senior', 'vp'], 'svp'],
  [['executive', 'vp'], 'evp'],
  [['exec', 'vp'], 'evp'],
  [['vice', 'president'], 'vp'],
];

/**
 * A job title as runs of comparable words, one run per part of the headline: folded (case,
 * accents), punctuation dropped, "&" read as "and", abbreviations written one way ("Vice
 * President" -> vp, "Sr." -> senior, "Dir." -> director), "of" and "the" left out.
 * "Sr. Dir. of Sales & Marketing" -> [["senior", "director", "sales", "and", "marketing"]].
 */
export function titleWords(title: string): string[][] {
  return foldText(title.replace(/[&＆]/g, ' and '))
    .split(TITLE_PART_BREAK)
    .map(canonicalTitleWords)
    .filter((words) => words.length > 0);
}

function canonicalTitleWords(part: string): string[] {
  const words = (part.match(TITLE_WORD) ?? [])
    .flatMap((word) => TITLE_WORD_FORMS[word] ?? [word])
    .filter((word) => !TITLE_FILLERS.has(word));
  const result: string[] = [];
  for (let index = 0; index < words.length;) {
    const form = TITLE_PHRASE_FORMS.find(([run]) =>
      run.every((word, offset) => words[index + offset] === word),
    );
    if (form) {
      result.push(form[1]);
      index += form[0].length;
    } else {
      result.push(words[index] as string);
      index += 1;
    }
  }
  return result;
}

/**
 * True when the wanted title occurs in the title as a whole phrase, in the sense of titleWords:
 * "VP Sales" finds "Vice President of Sales, EMEA"; "Head of Sales" finds "Head of Sales &
 * Marketing"; "Intern" does not find "Internal Sales".
 */
export function containsTitle(title: string, wanted: string): boolean {
  return titleWordsContain(titleWords(title), wanted);
}

/** containsTitle for a title already split by titleWords, to test many wanted titles against one. */
export function titleWordsContain(words: readonly (readonly string[])[], wanted: string): boolean {
  const wantedWords = titleWords(wanted).flat();
  if (wantedWords.length === 0) return false;
  return words.some((part) => containsRun(part, wantedWords));
}

/** Two titles that read the same once written the titleWords way: "VP Sales" and "Vice President of Sales". */
export function sameTitle(a: string, b: string): boolean {
  const wordsA = titleWords(a).flat();
  return wordsA.length > 0 && wordsA.join(' ') === titleWords(b).flat().join(' ');
}

function containsRun(words: readonly string[], run: readonly string[]): boolean {
  for (let start = 0; start + run.length <= words.length; start++) {
    if (run.every((word, offset) => words[start + offset] === word)) return true;
  }
  return false;
}
