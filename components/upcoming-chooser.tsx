"use client";

import { useSyncExternalStore, type ReactNode } from "react";

type UpcomingChooserProps = {
  /** When each candidate ends, ISO instants, soonest first. */
  ends: string[];
  /** One rendered callout per entry of `ends`. */
  slots: ReactNode[];
};

/** Shows the first meetup not yet over in the reader's browser; the static HTML shows the build's choice. */
export function UpcomingChooser({ ends, slots }: UpcomingChooserProps) {
  const times = ends.map((end) => Date.parse(end));
  const index = useSyncExternalStore(
    () => () => undefined,
    () => times.findIndex((end) => Date.now() < end),
    () => 0,
  );
  return index === -1 ? null : slots[index];
}
