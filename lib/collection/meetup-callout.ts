import { format, startOfDay } from "date-fns";
import { googleCalendarUrl } from "../meetups/calendar";
import { formatTime, inSiteZone, toDateKey } from "../content/dates";
import { upcomingMeetups, type Meetup, type MeetupPerson } from "../meetups/meetups";
import { getMeetupById, getMeetupIndex } from "./meetup-index";
import type { Post } from "../content/post-file";
import { site, withBasePath } from "../site";

/** Where a meetup stands for a reader: still to come, on today, or over. */
export type MeetupState = "upcoming" | "tonight" | "past";

/** What a meetup callout shows, all worked out at build time. */
export type MeetupCallout = ReturnType<typeof buildCallout>;

/** "London time": how callouts say which zone their times are in. */
export const ZONE_LABEL = `${site.timeZone.split("/").pop()?.replace(/_/g, " ") ?? site.timeZone} time`;

type Overrides = { title?: string; venue?: string; rsvp?: string; lineUp?: string[] };

// The callout for a meetup, with a post's own wording (title, line-up) taking precedence; times in the site's zone.
function buildCallout(meetup: Meetup, overrides: Overrides = {}, now: Date = new Date()) {
  const dayStart = new Date(startOfDay(inSiteZone(meetup.start)).getTime());
  const venue = overrides.venue ?? meetup.venue;
  return {
    id: meetup.id,
    title: overrides.title ?? meetup.title,
    tile: dateTile(meetup.start),
    when: formatWhen(meetup),
    startIso: meetup.start.toISOString(),
    endIso: meetup.end.toISOString(),
    // From midnight on the meetup's day until its end, it is "tonight".
    dayStartIso: dayStart.toISOString(),
    // Readers' browsers decide again by their own clock.
    stateAtBuild: meetupState(now, dayStart, meetup.end),
    venue,
    mapUrl: venue
      ? `${site.mapSearchUrl}${encodeURIComponent([venue, meetup.address].filter(Boolean).join(", "))}`
      : undefined,
    online: Boolean(meetup.online),
    people: overrides.lineUp?.length ? overrides.lineUp.map((name): MeetupPerson => ({ name })) : meetup.people,
    rsvp: overrides.rsvp ?? meetup.rsvp,
    icsHref: withBasePath(meetup.icsPath),
    googleUrl: googleCalendarUrl(meetup),
    writeup: meetup.writeup,
    // The post announcing it, for a link from the title where the reader is elsewhere.
    announcement: meetup.announcement,
  };
}

/** A day as a date tile shows it, in the site's time zone: "Wed", "9", "Dec", "2026". */
export function dateTile(date: Date): { weekday: string; day: string; month: string; year: string } {
  const [weekday = "", day = "", month = "", year = ""] = format(inSiteZone(date), "EEE d MMM yyyy").split(" ");
  return { weekday, day, month, year };
}

/** Upcoming before the meetup's day, tonight from midnight (site time) until it ends, past after. */
export function meetupState(now: Date, dayStart: Date, end: Date): MeetupState {
  if (now >= end) return "past";
  return now >= dayStart ? "tonight" : "upcoming";
}

// Words that start a group's name but are nobody's initial: "The volunteer team" is "VT", not "TV".
const LEADING_ARTICLES = new Set(["the", "a", "an"]);

/** "DH" for DeepMind Health, "LA" for Luke Addison, "JS" for Jane van der Smit: first and last word's initials. */
export function initialsOf(name: string): string {
  const words = name.split(/\s+/).filter((word) => /^\p{L}/u.test(word));
  const named = words.length > 1 && LEADING_ARTICLES.has(words[0]?.toLowerCase() ?? "") ? words.slice(1) : words;
  const first = named[0];
  if (!first) return name.trim().slice(0, 1).toUpperCase();
  const last = named.length > 1 ? named[named.length - 1] : undefined;
  return [first, last].map((word) => word?.[0]?.toUpperCase() ?? "").join("");
}

/** The callout for a post's `next_meetup`, linking the later writeup once one exists. */
export function getNextMeetupCallout(post: Post): MeetupCallout | undefined {
  const next = post.next_meetup;
  const meetup = next && getMeetupById(toDateKey(next.date));
  if (!next || !meetup) return undefined;
  return buildCallout(meetup, { title: next.title, venue: next.venue, rsvp: next.rsvp, lineUp: next.speakers });
}

/** The callout for a post announcing its own `event` ahead of the day; writeups get none. */
export function getOwnEventCallout(post: Post): MeetupCallout | undefined {
  if (!post.event || toDateKey(post.date) >= toDateKey(post.event.date)) return undefined;
  const meetup = getMeetupById(toDateKey(post.event.date));
  return meetup && buildCallout(meetup);
}

/** Callouts for every meetup not over at build time, soonest first: the home page shows the first still to come. */
export function getUpcomingCallouts(now: Date = new Date()): MeetupCallout[] {
  return upcomingMeetups(getMeetupIndex().meetups, now).map((meetup) => buildCallout(meetup, {}, now));
}

/** "Wednesday 7 November 2018, 18:30–21:00" or, for a day-long event, "Wednesday 7 November 2018". */
export function formatWhen(meetup: Pick<Meetup, "start" | "end" | "allDay">): string {
  const day = format(inSiteZone(meetup.start), "EEEE d MMMM yyyy");
  return meetup.allDay ? day : `${day}, ${formatTime(meetup.start)}–${formatTime(meetup.end)}`;
}
