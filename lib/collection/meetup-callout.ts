import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { googleCalendarUrl } from "../meetups/calendar";
import { toDateKey } from "../content/dates";
import type { EventPostLink, Meetup } from "../meetups/meetups";
import { getMeetupById, getUpcomingMeetups } from "./meetup-index";
import type { Post } from "../content/post-file";
import { site, withBasePath } from "../site";

/** What a meetup callout shows, all worked out at build time. */
export type MeetupCallout = {
  id: string;
  title: string;
  /** "Wednesday 7 November 2018, 18:30–21:00", in the site's time zone. */
  when: string;
  startIso: string;
  endIso: string;
  /** Whether it was over when the site was built; readers' browsers decide again. */
  pastAtBuild: boolean;
  venue?: string;
  lineUp: string[];
  rsvp?: string;
  icsHref: string;
  googleUrl: string;
  writeup?: EventPostLink;
};

/** "London time": how callouts say which zone their times are in. */
export const ZONE_LABEL = `${site.timeZone.split("/").pop()?.replace(/_/g, " ") ?? site.timeZone} time`;

type Overrides = Partial<Pick<MeetupCallout, "title" | "venue" | "rsvp" | "lineUp">>;

/** The callout for a meetup, with a post's own wording (title, line-up) taking precedence. */
function buildCallout(meetup: Meetup, overrides: Overrides = {}, now: Date = new Date()): MeetupCallout {
  return {
    id: meetup.id,
    title: overrides.title ?? meetup.title,
    when: formatWhen(meetup),
    startIso: meetup.start.toISOString(),
    endIso: meetup.end.toISOString(),
    pastAtBuild: meetup.end <= now,
    venue: overrides.venue ?? meetup.venue,
    lineUp: overrides.lineUp?.length ? overrides.lineUp : meetup.lineUp,
    rsvp: overrides.rsvp ?? meetup.rsvp,
    icsHref: withBasePath(meetup.icsPath),
    googleUrl: googleCalendarUrl(meetup),
    writeup: meetup.writeup,
  };
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
  return getUpcomingMeetups(now).map((meetup) => buildCallout(meetup, {}, now));
}

/** "Wednesday 7 November 2018, 18:30–21:00" or, for a day-long event, "Wednesday 7 November 2018". */
export function formatWhen(meetup: Pick<Meetup, "start" | "end" | "allDay">): string {
  const start = new TZDate(meetup.start.getTime(), site.timeZone);
  const day = format(start, "EEEE d MMMM yyyy");
  if (meetup.allDay) return day;
  return `${day}, ${format(start, "HH:mm")}–${format(new TZDate(meetup.end.getTime(), site.timeZone), "HH:mm")}`;
}
