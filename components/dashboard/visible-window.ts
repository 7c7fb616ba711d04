/**
 * Which rows a scrolled table shows: only those in view plus a margin are rendered, so 50,000
 * accounts cost as much as 40. Rows have a fixed height for this to be exact.
 */
export function visibleWindow(
  rowCount: number,
  rowHeight: number,
  viewportHeight: number,
  scrollTop: number,
  overscan = 10,
): { start: number; end: number } {
  // A filter can shrink the list under a scrolled table: never start past its end.
  const first = Math.min(rowCount, Math.floor(Math.max(0, scrollTop) / rowHeight));
  const inView = Math.ceil(viewportHeight / rowHeight);
  return {
    start: Math.max(0, first - overscan),
    end: Math.min(rowCount, first + inView + overscan),
  };
}
