/** "criterion", then "criterion-2", "criterion-3"…: the first id not taken. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  const slug = toIdSlug(base) || 'item';
  if (!taken.has(slug)) return slug;
  for (let n = 2; ; n++) if (!taken.has(`${slug}-${n}`)) return `${slug}-${n}`;
}

/** "Mid-market (EMEA)" -> "mid-market-emea": the id form the ICP format asks for. */
export function toIdSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}
