// Counts as the page writes them, "12,345", without Intl. The first Intl formatter a page creates
// (a number's toLocaleString, a DateTimeFormat) loads ICU's locale data on the main thread: 40 to
// 80 ms in a fresh tab here, unthrottled, and it fell in the page's hydration. Nothing else on the
// page needs Intl.

/** An integer with its thousands grouped by commas, as `count.toLocaleString('en')` writes it. */
export function countText(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+$)/g, ',');
}
