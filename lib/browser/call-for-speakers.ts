/** Browser script: shows the call for speakers' state by the reader's clock, again when it opens or closes. */
import { followClock } from "./document";

followClock((now) => {
  const boundaries: number[] = [];
  for (const call of document.querySelectorAll<HTMLElement>("[data-cfp]")) {
    // A date the call does not set parses as NaN, which no moment is before or after.
    const opens = Date.parse(call.dataset.opensAt ?? "");
    const closes = Date.parse(call.dataset.closesAt ?? "");
    const state = now < opens ? "before" : now >= closes ? "closed" : "open";
    for (const part of call.querySelectorAll<HTMLElement>(":scope > [data-when]"))
      part.hidden = part.dataset.when !== state;
    boundaries.push(opens, closes);
  }
  return boundaries;
});
