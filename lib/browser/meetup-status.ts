/** Browser script: shows each meetup's state (upcoming, tonight, past) by the reader's clock, as it changes. */
import { followClock } from "./document";

function instant(element: HTMLElement, key: "endsAt" | "dayStartsAt"): number {
  return Date.parse(element.dataset[key] ?? "");
}

/** Each `.meetup-status` shows the parts whose `data-when` lists its state ("upcoming tonight", "past"). */
function showStatuses(now: number): void {
  for (const status of document.querySelectorAll<HTMLElement>(".meetup-status[data-ends-at]")) {
    const state =
      now >= instant(status, "endsAt") ? "past" : now >= instant(status, "dayStartsAt") ? "tonight" : "upcoming";
    status.dataset.state = state;
    for (const part of status.querySelectorAll<HTMLElement>("[data-when]"))
      part.hidden = !(part.dataset.when ?? "").split(" ").includes(state);
  }
}

/** Each `[data-upcoming]` list shows its first meetup not yet over, or its fallback once all are. */
function chooseUpcoming(now: number): void {
  for (const list of document.querySelectorAll<HTMLElement>("[data-upcoming]")) {
    const slots = [...list.querySelectorAll<HTMLElement>(":scope > [data-ends-at]")];
    const shown = slots.findIndex((slot) => now < instant(slot, "endsAt"));
    slots.forEach((slot, index) => (slot.hidden = index !== shown));
    const none = list.querySelector<HTMLElement>(":scope > [data-upcoming-none]");
    if (none) none.hidden = shown !== -1;
  }
}

followClock((now) => {
  showStatuses(now);
  chooseUpcoming(now);
  return [...document.querySelectorAll<HTMLElement>("[data-ends-at]")].flatMap((element) => [
    instant(element, "endsAt"),
    instant(element, "dayStartsAt"),
  ]);
});
