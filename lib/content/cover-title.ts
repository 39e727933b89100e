/** Split a title at its first ": " into a small kicker (the series part) and the main line; else it stays whole. */
export function splitCoverTitle(title: string) {
  const at = title.indexOf(": ");
  if (at <= 0 || at + 2 >= title.length) return { title };
  return { kicker: title.slice(0, at), title: title.slice(at + 2) };
}
