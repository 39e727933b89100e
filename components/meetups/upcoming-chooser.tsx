import type { ReactNode } from "react";
import { browserScriptPath } from "@/lib/browser/browser-scripts";

type UpcomingChooserProps = {
  /** When each candidate ends, ISO instants, soonest first. */
  ends: string[];
  /** One rendered callout per entry of `ends`. */
  slots: ReactNode[];
  /** Shown once every candidate is over. */
  fallback: ReactNode;
};

/**
 * The first meetup not yet over: the HTML shows the build's choice, and lib/browser/meetup-status.ts
 * moves on by the reader's clock,
 * to the fallback once all are over.
 */
export function UpcomingChooser({ ends, slots, fallback }: UpcomingChooserProps) {
  return (
    <div data-upcoming>
      {slots.map((slot, index) => (
        <div key={ends[index]} data-ends-at={ends[index]} hidden={index !== 0} suppressHydrationWarning>
          {slot}
        </div>
      ))}
      <div data-upcoming-none="" hidden>
        {fallback}
      </div>
      <script async type="module" src={browserScriptPath("meetup-status")} />
    </div>
  );
}
