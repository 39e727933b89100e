import { buildCalendar } from "@/lib/meetups/calendar";
import { getMeetupIndex } from "@/lib/collection/meetup-index";

export const dynamic = "force-static";

/** /events.ics: every meetup, for calendar apps to subscribe to. */
export function GET() {
  return new Response(buildCalendar(getMeetupIndex().meetups), {
    headers: { "Content-Type": "text/calendar; charset=utf-8" },
  });
}
