import assert from "node:assert/strict";
import { describe, it } from "node:test";
import ICAL from "ical.js";
import { buildCalendar, googleCalendarUrl } from "./calendar";
import { getMeetupIndex } from "../collection/meetup-index";
import { setMeetupSite } from "../../test/support/meetup-test-helpers";
import { post, setFixtureSite } from "../../test/support/test-helpers";

// The fixture site's posts, pages, data and photos, not the project's own content.
setFixtureSite();

const POSTS = {
  "2018-10-09-october.md": post(
    "title: 'October; eBPF, Ballerina and security'\n" +
      "event: { date: 2018-10-09, start: '18:30', end: '21:00', venue: 'Venue, Floor 2', address: 1 Long Street London EC1 }\n" +
      "speakers:\n  - { name: Luke Addison, org: Jetstack }\n" +
      "next_meetup: { date: 2018-11-07 18:30, speakers: [DeepMind Health, Grafana Labs, Neo Technology] }",
  ),
  "2018-11-20-december.md": post("title: December social\nevent: { date: 2018-12-05 }"),
};

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  return { calendar, events: calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent)) };
}

describe("the meetup calendar", () => {
  it("parses back with one event per meetup, at London times in the Europe/London zone", () => {
    setMeetupSite(POSTS);
    const { calendar, events } = parse(buildCalendar(getMeetupIndex().meetups));
    assert.equal(events.length, 3);
    assert.deepEqual(
      calendar.getAllSubcomponents("vtimezone").map((zone) => zone.getFirstPropertyValue("tzid")),
      ["Europe/London"],
    );
    const [october, november, december] = events;
    assert.equal(october?.summary, "October; eBPF, Ballerina and security");
    assert.equal(october?.location, "Venue, Floor 2, 1 Long Street London EC1");
    assert.equal(october?.startDate.zone?.tzid, "Europe/London");
    assert.equal(october?.startDate.toString(), "2018-10-09T18:30:00");
    assert.equal(october?.startDate.toJSDate().toISOString(), "2018-10-09T17:30:00.000Z");
    assert.equal(october?.endDate.toJSDate().toISOString(), "2018-10-09T20:00:00.000Z");
    assert.equal(november?.startDate.toJSDate().toISOString(), "2018-11-07T18:30:00.000Z");
    assert.match(november?.description ?? "", /With DeepMind Health, Grafana Labs, Neo Technology\./);
    assert.equal(december?.startDate.isDate, true);
    assert.equal(december?.startDate.toString(), "2018-12-05");
    assert.equal(december?.endDate.toString(), "2018-12-06");
  });

  it("follows RFC 5545: CRLF, folded lines, escaped text, UTC DTSTAMP and UIDs that stay the same", () => {
    setMeetupSite(POSTS);
    const text = buildCalendar(getMeetupIndex().meetups);
    assert.ok(text.endsWith("END:VCALENDAR"));
    assert.doesNotMatch(text.replace(/\r\n/g, ""), /[\r\n]/);
    for (const line of text.split("\r\n")) assert.ok(Buffer.byteLength(line) <= 75, line);
    assert.match(text, /\r\n /, "long lines are folded");
    assert.match(text, /SUMMARY:October\\; eBPF\\, Ballerina and security/);
    for (const stamp of text.match(/^DTSTAMP:.*$/gm) ?? []) assert.match(stamp, /^DTSTAMP:\d{8}T\d{6}Z$/);
    assert.equal(text.match(/^DTSTAMP:/gm)?.length, 3);
    const uids = (calendarText: string) => parse(calendarText).events.map((event) => event.uid);
    assert.deepEqual(uids(text), [
      "meetup-2018-10-09@cloudnative.london",
      "meetup-2018-11-07@cloudnative.london",
      "meetup-2018-12-05@cloudnative.london",
    ]);
    assert.deepEqual(uids(buildCalendar(getMeetupIndex().meetups)), uids(text));
  });

  it("keeps a calendar named after a title with line breaks to one event: no title starts a line", () => {
    setMeetupSite({
      "2020-04-01-hostile.md": post('title: "Line one\\nBEGIN:VEVENT\\nSUMMARY:injected"\nevent: { date: 2020-04-01 }'),
    });
    const [meetup] = getMeetupIndex().meetups;
    assert.ok(meetup);
    const text = buildCalendar([meetup], meetup.title);
    assert.equal(text.match(/^BEGIN:VEVENT/gm)?.length, 1);
    assert.doesNotMatch(text, /^SUMMARY:injected/m);
    assert.equal(parse(text).events.length, 1);
  });

  it("links Google Calendar with UTC times, or whole days", () => {
    setMeetupSite(POSTS);
    const [october, , december] = getMeetupIndex().meetups;
    assert.ok(october && december);
    const params = new URL(googleCalendarUrl(october)).searchParams;
    assert.equal(params.get("dates"), "20181009T173000Z/20181009T200000Z");
    assert.equal(params.get("text"), "October; eBPF, Ballerina and security");
    assert.equal(params.get("location"), "Venue, Floor 2, 1 Long Street London EC1");
    assert.equal(new URL(googleCalendarUrl(december)).searchParams.get("dates"), "20181205/20181206");
  });
});
