import Link from "next/link";
import type { ReactNode } from "react";
import { browserScriptPath } from "@/lib/browser/browser-scripts";

type MeetupStatusProps = {
  /** When the meetup ends, as an ISO instant. */
  endsAt: string;
  /** The build's answer, shown until the reader's browser checks its own clock. */
  pastAtBuild: boolean;
  /** The writeup of the meetup, when a later post covers it. */
  writeup?: { title: string; url: string };
  /** The invitation (RSVP, calendar links), shown only while the meetup is still to come. */
  children: ReactNode;
};

/**
 * An invitation that becomes "This meetup has happened" once the meetup is over. Both are in the HTML;
 * lib/browser/meetup-status.ts shows the right one by the reader's clock.
 */
export function MeetupStatus({ endsAt, pastAtBuild, writeup, children }: MeetupStatusProps) {
  return (
    <div className="meetup-status" data-ends-at={endsAt}>
      <div data-when="upcoming" hidden={pastAtBuild} suppressHydrationWarning>
        {children}
      </div>
      <p className="meetup-past" data-when="past" hidden={!pastAtBuild} suppressHydrationWarning>
        This meetup has happened.{" "}
        {writeup ? (
          <Link href={writeup.url} prefetch={false}>
            Read the writeup: {writeup.title}
          </Link>
        ) : null}
      </p>
      <script async type="module" src={browserScriptPath("meetup-status")} />
    </div>
  );
}
