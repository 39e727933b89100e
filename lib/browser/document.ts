/** What the browser scripts share: building elements, and running once the page is ready or the clock moves on. */

// setTimeout overflows past ~24.8 days; a page open that long is re-checked when next loaded.
const LONGEST_TIMER = 2 ** 31 - 1;

/** A new element with these properties and children; text is set as text, never parsed as HTML. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** Run `start` once the document is parsed. */
export function whenReady(start: () => void): void {
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start, { once: true });
  else start();
}

/** Show the page as of now with `update`, and again a second after the next moment it returns comes. */
export function followClock(update: (now: number) => number[]): void {
  const refresh = () => {
    const now = Date.now();
    const changes = update(now).filter((moment) => moment > now);
    if (changes.length === 0) return;
    const wait = Math.min(...changes) - now + 1000;
    if (wait <= LONGEST_TIMER) setTimeout(refresh, wait);
  };
  whenReady(refresh);
}
