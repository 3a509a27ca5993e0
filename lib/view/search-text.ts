// How text is compared in searches: folded case, accents and punctuation variants, so that a
// reader finds "Hayʼat" by typing "hay'at". The actor picker uses it in the browser too.

/** Lower case, accents and apostrophe variants folded, so "Hayʼat", "Hay'at" and "hay’at" all match. */
export function foldForSearch(value: string): string {
  // Apostrophes before NFKD, which splits "´" into a space and an accent.
  return value
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[‐‑‒–—]/g, '-')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
}

export function searchTerms(query: string): string[] {
  return foldForSearch(query).split(/\s+/).filter(Boolean);
}

/** Whether any of an actor's names holds every search term ("Daesh" finds the Islamic State). */
export function namesMatch(names: ReadonlyArray<string>, terms: ReadonlyArray<string>): boolean {
  if (terms.length === 0) return true;
  const folded = foldForSearch(names.join('\n'));
  return terms.every((term) => folded.includes(term));
}
