import Link from "next/link";
import { googleCalendarUrl } from "@/lib/meetups/calendar";
import type { Meetup } from "@/lib/meetups/meetups";
import { formatWhen, ZONE_LABEL } from "@/lib/collection/meetup-callout";
import { withBasePath } from "@/lib/site";
import { MeetupStatus } from "./meetup-status";

/** One meetup in the events list: when, where, who, and its writeup (or announcement) and calendar links. */
export function MeetupSummary({ meetup, upcoming }: { meetup: Meetup; upcoming: boolean }) {
  const page = meetup.writeup ?? meetup.announcement;
  return (
    <li className="meetup">
      <h3>
        {page ? (
          <Link href={page.url} prefetch={false}>
            {meetup.title}
          </Link>
        ) : (
          meetup.title
        )}
      </h3>
      <p className="meta">
        <time dateTime={meetup.start.toISOString()}>{formatWhen(meetup)}</time> ({ZONE_LABEL})
        {meetup.venue ? <span> · {meetup.venue}</span> : null}
      </p>
      {meetup.lineUp.length > 0 ? <p>With {meetup.lineUp.join(", ")}.</p> : null}
      {upcoming ? (
        <MeetupStatus endsAt={meetup.end.toISOString()} pastAtBuild={false} writeup={meetup.writeup}>
          <p className="callout-actions">
            {meetup.rsvp ? <a href={meetup.rsvp}>RSVP</a> : null}
            <a href={withBasePath(meetup.icsPath)} download={`${meetup.id}.ics`}>
              Add to calendar (.ics)
            </a>
            <a href={googleCalendarUrl(meetup)}>Add to Google Calendar</a>
          </p>
        </MeetupStatus>
      ) : meetup.writeup ? null : (
        <p className="meta">No writeup yet.</p>
      )}
    </li>
  );
}
