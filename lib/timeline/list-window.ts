/**
 * Which part of a list of `total` entries a page shows: at most `size`, centred on `anchor` (the
 * selection, or where it would fall) and kept inside the list at its ends. The server's list and
 * the browser's both take their bounds from here.
 */
export function listWindowBounds(anchor: number, total: number, size: number): { first: number; end: number } {
  const first = Math.max(0, Math.min(anchor - Math.floor(size / 2), total - size));
  return { first, end: Math.min(total, first + size) };
}
