/** A count and its noun, in the plural unless it is one: "1 post", "2 posts". */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
