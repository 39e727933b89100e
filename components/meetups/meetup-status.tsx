import type { ReactNode } from "react";
import type { MeetupState } from "@/lib/collection/meetup-callout";

type WhenProps = {
  /** The states this part shows in. */
  states: readonly MeetupState[];
  stateAtBuild: MeetupState;
  as?: "div" | "span" | "p";
  className?: string;
  children: ReactNode;
};

/** A part of a meetup's section (NextMeetupCallout) shown only in some states: upcoming, tonight or past. */
export function When({ states, stateAtBuild, as: Tag = "div", className, children }: WhenProps) {
  // Every part is in the HTML; lib/browser/meetup-status.ts shows the right ones by the reader's clock.
  return (
    <Tag
      className={className}
      data-when={states.join(" ")}
      hidden={!states.includes(stateAtBuild)}
      suppressHydrationWarning
    >
      {children}
    </Tag>
  );
}
