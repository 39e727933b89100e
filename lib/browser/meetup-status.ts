/**
 * Browser script: the static HTML holds the build's view of which meetups are over; this corrects it by the
 * reader's clock, and again whenever a meetup ends while the page is open.
 */

// setTimeout overflows past ~24.8 days; a page open that long is re-checked when next loaded.
const LONGEST_TIMER = 2 ** 31 - 1;

function endOf(element: HTMLElement): number {
  return Date.parse(element.dataset.endsAt ?? "");
}

/** Each `.meetup-status` shows its invitation until the meetup ends, then "This meetup has happened". */
function showStatuses(now: number): void {
  for (const status of document.querySelectorAll<HTMLElement>(".meetup-status[data-ends-at]")) {
    const past = now >= endOf(status);
    for (const part of status.querySelectorAll<HTMLElement>(":scope > [data-when]")) {
      part.hidden = (part.dataset.when === "past") !== past;
    }
  }
}

/** Each `[data-upcoming]` list shows its first meetup not yet over, or nothing once all are. */
function chooseUpcoming(now: number): void {
  for (const list of document.querySelectorAll<HTMLElement>("[data-upcoming]")) {
    const slots = [...list.querySelectorAll<HTMLElement>(":scope > [data-ends-at]")];
    const shown = slots.findIndex((slot) => now < endOf(slot));
    slots.forEach((slot, index) => (slot.hidden = index !== shown));
  }
}

function refresh(): void {
  const now = Date.now();
  showStatuses(now);
  chooseUpcoming(now);
  const ends = [...document.querySelectorAll<HTMLElement>("[data-ends-at]")].map(endOf).filter((end) => end > now);
  if (ends.length === 0) return;
  const wait = Math.min(...ends) - now + 1000;
  if (wait <= LONGEST_TIMER) setTimeout(refresh, wait);
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", refresh, { once: true });
else refresh();
