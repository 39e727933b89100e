import type { ReactNode } from "react";
import { getUpcomingCallouts } from "@/lib/collection/meetup-callout";
import { NextMeetupCallout } from "./next-meetup-callout";

/** The nearest meetup still to come, at the top of the home page; `fallback` (the latest writeup) once none is left. */
export function UpcomingMeetup({ fallback }: { fallback: ReactNode }) {
  const callouts = getUpcomingCallouts();
  if (callouts.length === 0) return fallback;
  // The HTML shows the build's choice; the callouts' lib/browser/meetup-status.ts moves on by the reader's clock.
  return (
    <div data-upcoming>
      {callouts.map((callout, index) => (
        <div key={callout.endIso} data-ends-at={callout.endIso} hidden={index !== 0} suppressHydrationWarning>
          {/* All are in the page, one shown at a time: each heading needs an id of its own. */}
          <NextMeetupCallout
            callout={callout}
            headingId={index === 0 ? "next-meetup" : `next-meetup-${callout.id}`}
            linkTitle
          />
        </div>
      ))}
      <div data-upcoming-none="" hidden>
        {fallback}
      </div>
    </div>
  );
}
