import { toDateKey, formatMonth } from "../content/dates";
import { eventTimesOf, type EventTimes } from "./event-times";
import type { Post } from "../content/post-file";
import { site } from "../site";

/** Someone on a meetup's bill: a speaker (with their photo when a writeup has one), or an organisation. */
export type MeetupPerson = { name: string; org?: string; photo?: string };

/** One meetup, merged from every post that gives it as `event` or `next_meetup`. */
export type Meetup = EventTimes & {
  /** The meetup's day in the site's time zone, YYYY-MM-DD: its identity in URLs and calendars. */
  id: string;
  /** Stable iCalendar UID, so calendar apps update rather than duplicate it. */
  uid: string;
  title: string;
  venue?: string;
  address?: string;
  online?: boolean | string;
  rsvp?: string;
  /** Who speaks: speaker names with organisations, or the names and organisations a next_meetup lists. */
  lineUp: string[];
  /** The same line-up as people, for avatars. */
  people: MeetupPerson[];
  /** The posts about it: its writeup (on or after the day) and an announcement before it. */
  writeup?: Pick<Post, "title" | "url">;
  announcement?: Pick<Post, "title" | "url">;
  /** The per-event calendar file, a site path. */
  icsPath: string;
};

type Mention = { post: Post; kind: "event" | "next_meetup" };

/** Every meetup the posts describe, oldest first; several posts about one day make one meetup. */
export function buildMeetups(posts: readonly Post[]): Meetup[] {
  const byDay = new Map<string, Mention[]>();
  for (const post of posts) {
    for (const kind of ["event", "next_meetup"] as const) {
      const date = post[kind]?.date;
      if (date) byDay.set(toDateKey(date), [...(byDay.get(toDateKey(date)) ?? []), { post, kind }]);
    }
  }
  return [...byDay.entries()].map(([id, mentions]) => mergeMentions(id, mentions)).sort((a, b) => +a.start - +b.start);
}

function mergeMentions(id: string, mentions: Mention[]): Meetup {
  // Newest post first, and a post's `event` before a `next_meetup` of the same date: later posts know more
  // (a writeup beats the announcement it follows).
  const sorted = [...mentions].sort(
    (a, b) => +b.post.date - +a.post.date || Number(a.kind !== "event") - Number(b.kind !== "event"),
  );
  const main = sorted.find(({ kind }) => kind === "event")?.post;
  const event = main?.event;
  const next = sorted.find(({ kind }) => kind === "next_meetup")?.post.next_meetup;
  const timeFields = event ?? next;
  if (!timeFields) throw new Error(`meetup ${id} has no post describing it`);
  const times = eventTimesOf(timeFields);
  const writeup = sorted.find(({ post, kind }) => kind === "event" && toDateKey(post.date) >= id)?.post;
  const announcement = sorted.find(({ post }) => toDateKey(post.date) < id)?.post;
  const people: MeetupPerson[] = main?.speakers.length
    ? main.speakers.map(({ name, org, photo }) => ({ name, org, photo }))
    : (next?.speakers ?? []).map((name) => ({ name }));
  return {
    ...times,
    id,
    uid: `meetup-${id}@${new URL(site.url).hostname}`,
    title: main?.title ?? next?.title ?? `${site.name}, ${formatMonth(times.start)}`,
    venue: event?.venue ?? next?.venue,
    address: event?.address,
    online: event?.online,
    rsvp: event?.rsvp ?? next?.rsvp,
    lineUp: people.map(({ name, org }) => (org ? `${name} (${org})` : name)),
    people,
    writeup: writeup && { title: writeup.title, url: writeup.url },
    announcement: announcement && { title: announcement.title, url: announcement.url },
    icsPath: `/events/${id}.ics`,
  };
}

/** Meetups still to come (or under way) at `now`, soonest first. */
export function upcomingMeetups(meetups: readonly Meetup[], now: Date = new Date()): Meetup[] {
  return meetups.filter((meetup) => meetup.end > now);
}
