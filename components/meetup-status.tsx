"use client";

import Link from "next/link";
import { useSyncExternalStore, type ReactNode } from "react";

type MeetupStatusProps = {
  /** When the meetup ends, as an ISO instant. */
  endsAt: string;
  /** The build's answer, used for the first render so hydration matches the static HTML. */
  pastAtBuild: boolean;
  /** The writeup of the meetup, when a later post covers it. */
  writeup?: { title: string; url: string };
  /** The invitation (RSVP, calendar links), shown only while the meetup is still to come. */
  children: ReactNode;
};

/** Swaps an invitation for "This meetup has happened" once the reader's clock passes the meetup's end. */
export function MeetupStatus({ endsAt, pastAtBuild, writeup, children }: MeetupStatusProps) {
  const end = Date.parse(endsAt);
  const past = useSyncExternalStore(
    (notify) => subscribeUntil(end, notify),
    () => Date.now() >= end,
    () => pastAtBuild,
  );
  if (!past) return children;
  return (
    <p className="meetup-past">
      This meetup has happened.{" "}
      {writeup ? (
        <Link href={writeup.url} prefetch={false}>
          Read the writeup: {writeup.title}
        </Link>
      ) : null}
    </p>
  );
}

// Re-check when the end passes while the page is open (timers longer than ~24 days overflow, so skip those).
function subscribeUntil(end: number, notify: () => void): () => void {
  const wait = end - Date.now();
  if (wait <= 0 || wait > 2 ** 31 - 1) return () => undefined;
  const timer = setTimeout(notify, wait + 1000);
  return () => clearTimeout(timer);
}
