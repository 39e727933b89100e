import { ZONE_LABEL, type MeetupCallout } from "@/lib/collection/meetup-callout";
import { MeetupStatus } from "./meetup-status";

type NextMeetupCalloutProps = {
  callout: MeetupCallout;
  /** "Next meetup", "Save the date", ... */
  heading?: string;
  /** The id of the heading, unique on the page. */
  headingId?: string;
};

/** A meetup still to come: when, where, who, an RSVP button and add-to-calendar links. */
export function NextMeetupCallout({
  callout,
  heading = "Next meetup",
  headingId = "next-meetup",
}: NextMeetupCalloutProps) {
  return (
    <section className="callout" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <p className="callout-title">{callout.title}</p>
      <p className="callout-when">
        <time dateTime={callout.startIso}>{callout.when}</time> <span className="meta">({ZONE_LABEL})</span>
        {callout.venue ? <span> · {callout.venue}</span> : null}
      </p>
      {callout.lineUp.length > 0 ? <p>With {callout.lineUp.join(", ")}.</p> : null}
      <MeetupStatus endsAt={callout.endIso} pastAtBuild={callout.pastAtBuild} writeup={callout.writeup}>
        <p className="callout-actions">
          {callout.rsvp ? (
            <a className="button" href={callout.rsvp}>
              RSVP
            </a>
          ) : null}
          <a href={callout.icsHref} download={`${callout.id}.ics`}>
            Add to calendar (.ics)
          </a>
          <a href={callout.googleUrl}>Add to Google Calendar</a>
        </p>
      </MeetupStatus>
    </section>
  );
}
