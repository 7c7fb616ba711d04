/** "1 customer", "12,400 rows": counts as people read them, with the plural they call for. */
export function formatCount(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}

/** "$156,195"; values are dollars, and whole dollars are enough to compare customers. */
export function formatDollars(amount: number | undefined): string {
  return amount === undefined || !Number.isFinite(amount)
    ? '–'
    : `$${Math.round(amount).toLocaleString('en-US')}`;
}
