import { getUpcomingCallouts } from "@/lib/collection/meetup-callout";
import { NextMeetupCallout } from "./next-meetup-callout";
import { UpcomingChooser } from "./upcoming-chooser";

/** The nearest meetup after the build, above the home page's posts; readers' browsers move on when it passes. */
export function UpcomingMeetup() {
  const callouts = getUpcomingCallouts();
  if (callouts.length === 0) return null;
  return (
    <UpcomingChooser
      ends={callouts.map((callout) => callout.endIso)}
      slots={callouts.map((callout, index) => (
        // All are in the page, one shown at a time: each heading needs an id of its own.
        <NextMeetupCallout
          key={callout.id}
          callout={callout}
          headingId={index === 0 ? "next-meetup" : `next-meetup-${callout.id}`}
          linkTitle
        />
      ))}
    />
  );
}
