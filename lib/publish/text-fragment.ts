// A link that opens an article with the quoted words highlighted, where the browser supports URL
// text fragments (https://wicg.github.io/scroll-to-text-fragment/).

const WORDS_AT_EACH_END = 6;

/** Percent-encodes a fragment term; "-", "," and "&" are syntax inside `:~:text=`. */
function encodeTerm(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

export function textFragmentUrl(url: string, quote: string): string {
  const words = quote.replace(/\s+/g, ' ').trim().split(' ');
  const base = url.split('#')[0] ?? url;
  if (words.length <= WORDS_AT_EACH_END * 2) return `${base}#:~:text=${encodeTerm(words.join(' '))}`;
  const start = words.slice(0, WORDS_AT_EACH_END).join(' ');
  const end = words.slice(-WORDS_AT_EACH_END).join(' ');
  return `${base}#:~:text=${encodeTerm(start)},${encodeTerm(end)}`;
}
