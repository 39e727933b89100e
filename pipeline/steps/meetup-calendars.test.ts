import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { it } from "node:test";
import ICAL from "ical.js";
import { setMeetupSite } from "../../test/support/meetup-test-helpers";
import { post, setFixtureSite } from "../../test/support/test-helpers";
import { meetupCalendarsStep } from "./meetup-calendars";
import { temporaryFolder } from "../../test/support/test-scope";

// The fixture site's posts, pages, data and photos, not the project's own content.
setFixtureSite();

it("writes each meetup's own calendar at /events/<day>.ics, one event a file, as a calendar app reads it", async () => {
  setMeetupSite({
    "2018-10-09-october.md": post(
      "title: October\nevent: { date: 2018-10-09, start: '18:30', end: '21:00' }\nnext_meetup: { date: 2018-11-07 18:30 }",
    ),
  });
  const folder = temporaryFolder("cnl-export-");
  await meetupCalendarsStep.run(folder);
  assert.deepEqual(readdirSync(path.join(folder, "events")).sort(), ["2018-10-09.ics", "2018-11-07.ics"]);
  const events = ["2018-10-09", "2018-11-07"].map((day) => {
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(path.join(folder, "events", `${day}.ics`), "utf8")));
    return calendar.getAllSubcomponents("vevent").map((vevent) => {
      const event = new ICAL.Event(vevent);
      return [event.uid, event.startDate.toJSDate().toISOString(), event.endDate.toJSDate().toISOString()];
    });
  });
  assert.deepEqual(events, [
    [["meetup-2018-10-09@cloudnative.london", "2018-10-09T17:30:00.000Z", "2018-10-09T20:00:00.000Z"]],
    [["meetup-2018-11-07@cloudnative.london", "2018-11-07T18:30:00.000Z", "2018-11-07T21:00:00.000Z"]],
  ]);
});
