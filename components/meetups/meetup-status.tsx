import type { ReactNode } from "react";
import { browserScriptPath } from "@/lib/browser/browser-scripts";
import type { MeetupState } from "@/lib/collection/meetup-callout";

type MeetupStatusProps = {
  /** Midnight (site time) on the meetup's day, and when it ends: ISO instants. */
  dayStartsAt: string;
  endsAt: string;
  /** The build's answer, shown until the reader's browser checks its own clock. */
  stateAtBuild: MeetupState;
  /** The id of the section's heading. */
  labelledBy: string;
  className?: string;
  children: ReactNode;
};

/**
 * A meetup's section, whose parts (`When`) show by where the meetup stands: upcoming, tonight or past. Every
 * part is in the HTML; lib/browser/meetup-status.ts shows the right ones by the reader's clock.
 */
export function MeetupStatus({
  dayStartsAt,
  endsAt,
  stateAtBuild,
  labelledBy,
  className,
  children,
}: MeetupStatusProps) {
  return (
    <section
      className={["meetup-status", className].filter(Boolean).join(" ")}
      aria-labelledby={labelledBy}
      data-day-starts-at={dayStartsAt}
      data-ends-at={endsAt}
      data-state={stateAtBuild}
      data-pagefind-ignore
      suppressHydrationWarning
    >
      {children}
      <script async type="module" src={browserScriptPath("meetup-status")} />
    </section>
  );
}

type WhenProps = {
  /** The states this part shows in. */
  states: readonly MeetupState[];
  stateAtBuild: MeetupState;
  as?: "div" | "span" | "p";
  className?: string;
  children: ReactNode;
};

/** A part of a MeetupStatus shown only in some states. */
export function When({ states, stateAtBuild, as: Tag = "div", className, children }: WhenProps) {
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
