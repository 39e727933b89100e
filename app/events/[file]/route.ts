import { buildCalendar } from "@/lib/meetups/calendar";
import { getMeetupById } from "@/lib/collection/meetup-index";
import { PLACEHOLDER_PARAM } from "@/lib/lists/static-params";

type Context = { params: Promise<{ file: string }> };

export const dynamic = "force-static";

// The export's files are written by pipeline/steps/meetup-calendars.ts, at a fraction of the cost of a route each;
// server mode and `next dev` answer each file when it is asked for.
export function generateStaticParams() {
  return [{ file: `${PLACEHOLDER_PARAM}.ics` }];
}

/** /events/<YYYY-MM-DD>.ics: one meetup, for "add to calendar". */
export async function GET(_request: Request, { params }: Context) {
  const meetup = getMeetupById((await params).file.replace(/\.ics$/, ""));
  if (!meetup) return new Response("Not found", { status: 404 });
  return new Response(buildCalendar([meetup], meetup.title), {
    headers: { "Content-Type": "text/calendar; charset=utf-8" },
  });
}
