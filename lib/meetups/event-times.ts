import { addDays, addMinutes } from "date-fns";
import { describeDateLimit, formatTime, inSiteZone, parseTimeOnDate } from "../content/dates";
import { EXPECTED } from "../content/post-schema";
import { site } from "../site";

/** When a meetup starts and ends; all-day when the front matter gives a date and no time. */
export type EventTimes = { start: Date; end: Date; allDay: boolean };

/** What front matter says about a meetup's time: `event` and `next_meetup` both fit. */
export type EventTimeFields = { date: Date; start?: string; end?: string };

/** A meetup's start and end in the site's zone: from `start` (or `date`'s time) to `end`, else site.eventMinutes. */
export function resolveEventTimes(fields: EventTimeFields) {
  const start = fields.start === undefined ? fields.date : parseTimeOnDate(fields.date, fields.start);
  if (!start) return { problem: { field: "start", message: notATime(fields.start), expected: EXPECTED.time } };
  // A bare date (midnight, no start) is a day-long event rather than one at 00:00.
  if (fields.start === undefined && fields.end === undefined && formatTime(start) === "00:00")
    return { times: { start, end: new Date(addDays(inSiteZone(start), 1).getTime()), allDay: true } };
  if (fields.end === undefined) return { times: { start, end: addMinutes(start, site.eventMinutes), allDay: false } };
  const end = parseTimeOnDate(fields.date, fields.end);
  if (!end) return { problem: { field: "end", message: notATime(fields.end), expected: EXPECTED.time } };
  if (end > start) return { times: { start, end, allDay: false } };
  const message = `${fields.end} is not after the start, ${formatTime(start)}`;
  return { problem: { field: "end", message, expected: "an end time later on the same day" } };
}

function notATime(value = ""): string {
  const why = describeDateLimit(value);
  return `"${value}" is not a time${why ? `: ${why}` : ""}`;
}

/** Times for data already checked by the build; an invalid time falls back to the date itself. */
export function eventTimesOf(fields: EventTimeFields): EventTimes {
  const fallback = { start: fields.date, end: addMinutes(fields.date, site.eventMinutes), allDay: false };
  return resolveEventTimes(fields).times ?? fallback;
}
