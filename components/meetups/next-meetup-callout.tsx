import Link from "next/link";
import { ZONE_LABEL, type MeetupCallout } from "@/lib/collection/meetup-callout";
import { site } from "@/lib/site";
import { browserScriptPath } from "@/lib/browser/browser-scripts";
import { When } from "./meetup-status";
import { PersonAvatar } from "./person-avatar";
import { PostTitle } from "../posts/post-title";

type NextMeetupCalloutProps = {
  callout: MeetupCallout;
  /** On the post about this meetup: "Come along", then "This meetup", and no title (the page's heading says it). */
  own?: boolean;
  /** The id of the heading, unique on the page. */
  headingId?: string;
  /** Link the title to the post announcing the meetup (not on that post itself). */
  linkTitle?: boolean;
};

/** The one block for a meetup everywhere: when, where, who, RSVP and calendar; once over, its writeup. */
export function NextMeetupCallout({
  callout,
  own = false,
  headingId = own ? "event" : "next-meetup",
  linkTitle = false,
}: NextMeetupCalloutProps) {
  const state = callout.stateAtBuild;
  const page = linkTitle ? callout.announcement : undefined;
  const title = <PostTitle title={callout.title} />;
  return (
    <section
      className="meetup-status meetup-block"
      aria-labelledby={headingId}
      data-day-starts-at={callout.dayStartIso}
      data-ends-at={callout.endIso}
      data-state={state}
      data-pagefind-ignore
      suppressHydrationWarning
    >
      <h2 id={headingId} className="meetup-heading">
        <When as="span" states={["upcoming", "tonight"]} stateAtBuild={state}>
          {own ? "Come along" : "Next meetup"}
        </When>
        <When as="span" states={["past"]} stateAtBuild={state}>
          {own ? "This meetup" : "What came next"}
        </When>
      </h2>
      <div className="meetup-main">
        <p className="date-tile" aria-hidden="true">
          <span>{callout.tile.weekday}</span>
          <strong>{callout.tile.day}</strong>
          <span>{callout.tile.month}</span>
        </p>
        <div className="meetup-facts">
          {own ? null : (
            <p className="meetup-title">
              {page ? (
                <Link href={page.url} prefetch={false}>
                  {title}
                </Link>
              ) : (
                title
              )}
            </p>
          )}
          <p className="meetup-when">
            <When as="span" className="tonight" states={["tonight"]} stateAtBuild={state}>
              Tonight ·{" "}
            </When>
            <time dateTime={callout.startIso}>{callout.when}</time> <span className="meta">({ZONE_LABEL})</span>
          </p>
          {callout.venue || callout.online ? (
            <p className="meetup-where">
              <span>{[callout.venue, callout.online ? "streamed online" : ""].filter(Boolean).join(", and ")}</span>
              {callout.mapUrl ? (
                <a className="map-link" href={callout.mapUrl}>
                  Map<span className="visually-hidden"> of {callout.venue}</span>
                </a>
              ) : null}
            </p>
          ) : null}
        </div>
      </div>
      <When className="meetup-actions" states={["upcoming", "tonight"]} stateAtBuild={state}>
        {callout.rsvp ? (
          <a className="button rsvp" href={callout.rsvp}>
            RSVP
          </a>
        ) : null}
        <div className="meetup-people">
          {callout.people.length > 0 ? (
            <>
              <ul className="avatars" aria-hidden="true">
                {callout.people.map((person) => (
                  <li key={person.name}>
                    <PersonAvatar name={person.name} photo={person.photo} size={40} />
                  </li>
                ))}
              </ul>
              <p>With {callout.people.map((person) => person.name).join(", ")}.</p>
            </>
          ) : null}
          <p className="price">{site.price}</p>
        </div>
        <details className="calendar-options">
          <summary>Add to your calendar</summary>
          <ul>
            <li>
              <a href={callout.icsHref} download={`${callout.id}.ics`}>
                Add to calendar (.ics)
              </a>
            </li>
            <li>
              <a href={callout.googleUrl}>Add to Google Calendar</a>
            </li>
          </ul>
        </details>
      </When>
      <When as="p" className="meetup-past" states={["past"]} stateAtBuild={state}>
        This meetup has happened.{" "}
        {callout.writeup ? (
          <Link href={callout.writeup.url} prefetch={false} className="button secondary">
            Read the writeup<span className="visually-hidden">: {callout.writeup.title}</span>
          </Link>
        ) : null}
      </When>
      <script async type="module" src={browserScriptPath("meetup-status")} />
    </section>
  );
}
