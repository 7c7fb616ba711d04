/** 200 strings a page can hand over: blank, emoji, bidi and control characters, huge, separator soup. */
function oddStrings(): string[] {
  const pieces = [
    ...['', ' ', '\u00a0', '\u202f', '\t\n', '\u0000', '\u200b', '\u200f', '\u202e', '\u2066', '\ufeff'],
    ...['😀', '👨‍👩‍👧', '🇩🇪', 'é', 'İ', 'ß', 'ع', '中', '\ud800', '1', '12', '1,234', '1.2', ',', '.', "'"],
    ...['-', '–', '+', '%', 'K', 'Mio.', 'mil', 'NJ', 'US', 'http://', '%E0%A4%A', 'javascript:', '/', '@'],
    'https://www.linkedin.com/redir/redirect?url=',
  ];
  const strings = [
    ...['x'.repeat(100_000), '9'.repeat(100_000), '1,'.repeat(50_000), '1 000 '.repeat(20_000)],
    ...['a,'.repeat(50_000), '-'.repeat(100_000), `https://${'a.'.repeat(50_000)}com`, '\u202e'.repeat(1000)],
    ...["1,2.3 4'5\u20196", '1.1.1.1.1.1', '1,000,000,000,000,000,000,000', '1,,2..3', '١٢٣', '１２３'],
    ...pieces,
  ];
  for (let i = 0; strings.length < 200; i += 1) {
    const at = (n: number): string => pieces[n % pieces.length] ?? '';
    strings.push(`${at(i)}${at(i * 7 + 3)}${at(i * 13 + 5)}`);
  }
  return strings;
}

export const ODD_STRINGS = oddStrings();
