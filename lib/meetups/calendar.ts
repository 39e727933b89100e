import { format } from "date-fns";
import ical, { ICalCalendarMethod } from "ical-generator";
import { tzlib_get_ical_block } from "timezones-ical-library";
import type { Meetup } from "./meetups";
import { inSiteZone } from "../content/dates";
import { absoluteUrl, site } from "../site";

/** An RFC 5545 calendar of meetups (by ical-generator) at local times with their VTIMEZONE: 18:30 in London for all. */
export function buildCalendar(meetups: readonly Meetup[], name = `${site.name} meetups`): string {
  const calendar = ical({
    // ical-generator escapes event text but writes X-WR-CALNAME as it is: a line break there would start
    // a line of its own, so the name is folded onto one line first.
    name: name.replace(/\s+/g, " ").trim(),
    prodId: { company: site.name, product: "meetups", language: "EN" },
    method: ICalCalendarMethod.PUBLISH,
    url: absoluteUrl("/events/"),
    ttl: 6 * 60 * 60,
    // No calendar-wide zone: ical-generator would then write DTSTAMP as local time, which RFC 5545
    // forbids. Events carry TZID instead, and the generator adds the VTIMEZONE they refer to.
    timezone: { name: null, generator: vtimezone },
    x: [["X-WR-TIMEZONE", site.timeZone]],
  });
  for (const meetup of meetups) {
    const page = meetup.writeup ?? meetup.announcement;
    calendar.createEvent({
      id: meetup.uid,
      start: inSiteZone(meetup.start),
      end: inSiteZone(meetup.end),
      allDay: meetup.allDay,
      timezone: site.timeZone,
      summary: meetup.title,
      description: describeMeetup(meetup),
      location: locationOf(meetup),
      url: page ? absoluteUrl(page.url) : (meetup.rsvp ?? absoluteUrl("/events/")),
    });
  }
  return calendar.toString();
}

/** Where a meetup happens, as one line for calendars: venue and address, or the stream. */
function locationOf(meetup: Meetup): string | undefined {
  const place = [meetup.venue, meetup.address].filter(Boolean).join(", ");
  const online = typeof meetup.online === "string" ? meetup.online : meetup.online ? "Online" : "";
  return [place, online].filter(Boolean).join(" and ") || undefined;
}

/** The text calendars show under the title: who speaks, and where to RSVP and read more. */
function describeMeetup(meetup: Meetup): string {
  const page = meetup.writeup ?? meetup.announcement;
  return [
    meetup.lineUp.length > 0 ? `With ${meetup.lineUp.join(", ")}.` : "",
    meetup.rsvp ? `RSVP: ${meetup.rsvp}` : "",
    page ? `Details: ${absoluteUrl(page.url)}` : "",
  ]
    .filter(Boolean)
    .join("\n");
}

/** A link that opens Google Calendar with the meetup filled in. */
export function googleCalendarUrl(meetup: Meetup): string {
  const location = locationOf(meetup);
  const params = new URLSearchParams({
    action: "TEMPLATE",
    text: meetup.title,
    dates: `${googleTime(meetup.start, meetup.allDay)}/${googleTime(meetup.end, meetup.allDay)}`,
    details: describeMeetup(meetup),
    ctz: site.timeZone,
    ...(location ? { location } : {}),
  });
  return `https://calendar.google.com/calendar/render?${params.toString()}`;
}

function googleTime(date: Date, allDay: boolean): string {
  if (allDay) return format(inSiteZone(date), "yyyyMMdd");
  return date.toISOString().replace(/[-:]|\.\d{3}/g, "");
}

// The export writes a calendar per meetup, all with the site's one zone: its VTIMEZONE is looked up once.
const vtimezones = new Map<string, string>();

function vtimezone(zone: string): string {
  const text = vtimezones.get(zone) ?? [tzlib_get_ical_block(zone)].flat()[0];
  if (!text) throw new Error(`no VTIMEZONE is known for ${zone}`);
  vtimezones.set(zone, text);
  return text;
}
