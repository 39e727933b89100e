/** A title as a cover shows it: the series part ("Cloud Native London, October 2018") over the rest. */
export type CoverTitle = { kicker?: string; title: string };

/** Split a title at its first ": " into a small kicker and the main line; titles without one stay whole. */
export function splitCoverTitle(title: string): CoverTitle {
  const at = title.indexOf(": ");
  if (at <= 0 || at + 2 >= title.length) return { title };
  return { kicker: title.slice(0, at), title: title.slice(at + 2) };
}
