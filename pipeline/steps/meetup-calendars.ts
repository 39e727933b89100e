import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildCalendar } from "../../lib/meetups/calendar";
import { getMeetupIndex } from "../../lib/collection/meetup-index";
import type { PostExportStep } from "../export/step";

/**
 * Post-export step: each meetup's own calendar file at its `icsPath`, the same file that
 * app/events/[file]/route.ts answers in server mode and `next dev`. Writing a few thousand small files
 * here costs a fraction of what Next spends rendering each one as a route.
 */
export const meetupCalendarsStep: PostExportStep = {
  name: "meetup calendar files",
  run(siteDir) {
    const { meetups } = getMeetupIndex();
    mkdirSync(path.join(siteDir, "events"), { recursive: true });
    for (const meetup of meetups) {
      writeFileSync(path.join(siteDir, ...meetup.icsPath.split("/")), buildCalendar([meetup], meetup.title));
    }
    console.log(`  wrote ${meetups.length} calendar files`);
  },
};
