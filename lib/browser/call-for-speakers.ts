/** Browser script: shows the call for speakers' state by the reader's clock, again when it opens or closes. */

// setTimeout overflows past ~24.8 days; a page open that long is re-checked when next loaded.
const LONGEST_TIMER = 2 ** 31 - 1;

function instant(value: string | undefined): number | undefined {
  const time = Date.parse(value ?? "");
  return Number.isNaN(time) ? undefined : time;
}

function refresh(): void {
  const now = Date.now();
  const boundaries: number[] = [];
  for (const call of document.querySelectorAll<HTMLElement>("[data-cfp]")) {
    const opens = instant(call.dataset.opensAt);
    const closes = instant(call.dataset.closesAt);
    const state =
      opens !== undefined && now < opens ? "before" : closes !== undefined && now >= closes ? "closed" : "open";
    for (const part of call.querySelectorAll<HTMLElement>(":scope > [data-when]"))
      part.hidden = part.dataset.when !== state;
    boundaries.push(...[opens, closes].filter((time): time is number => time !== undefined && time > now));
  }
  if (boundaries.length === 0) return;
  const wait = Math.min(...boundaries) - now + 1000;
  if (wait <= LONGEST_TIMER) setTimeout(refresh, wait);
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", refresh, { once: true });
else refresh();

// A module, so that its names stay its own beside the other browser scripts.
export {};
