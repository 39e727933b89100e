import type { ReactNode } from "react";
import { getUpcomingCallouts } from "@/lib/collection/meetup-callout";
import { NextMeetupCallout } from "./next-meetup-callout";
import { UpcomingChooser } from "./upcoming-chooser";

/**
 * The nearest meetup after the build, at the top of the home page; readers' browsers move on when it passes,
 * and show `fallback` (the latest writeup) once none is left.
 */
export function UpcomingMeetup({ fallback }: { fallback: ReactNode }) {
  const callouts = getUpcomingCallouts();
  if (callouts.length === 0) return fallback;
  return (
    <UpcomingChooser
      ends={callouts.map((callout) => callout.endIso)}
      fallback={fallback}
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
