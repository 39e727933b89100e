import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildCalendar } from "../../lib/meetups/calendar";
import { getMeetupIndex } from "../../lib/collection/meetup-index";
import type { PostExportStep } from "../export/step";

/**
 * Post-export step: each meetup's calendar file at its `icsPath`, as app/events/[file]/route.ts answers it in
 * server mode; written here for a fraction of what Next spends rendering each one as a route.
 */
export const meetupCalendarsStep: PostExportStep = {
  name: "meetup calendar files",
  run(siteDir) {
    const { meetups } = getMeetupIndex();
    mkdirSync(path.join(siteDir, "events"), { recursive: true });
    for (const meetup of meetups)
      writeFileSync(path.join(siteDir, ...meetup.icsPath.split("/")), buildCalendar([meetup], meetup.title));
    console.log(`  wrote ${meetups.length} calendar files`);
  },
};
