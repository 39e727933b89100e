import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { upcomingMeetups } from "../meetups/meetups";
import { getMeetupIndex } from "./meetup-index";
import { getNextMeetupCallout, getOwnEventCallout } from "./meetup-callout";
import { setMeetupSite } from "../../test/support/meetup-test-helpers";
import { getPostBySlug } from "./posts";
import { getSitePaths } from "../lists/site-paths";
import { post, setFixtureSite } from "../../test/support/test-helpers";

// The fixture site's posts, pages, data and photos, not the project's own content.
setFixtureSite();

const OCTOBER = post(
  "title: October\nevent: { date: 2018-10-09, start: '18:30', end: '21:00', venue: Venue A }\n" +
    "speakers:\n  - { name: Luke Addison, org: Jetstack, talk: eBPF }\n  - { name: Paul Fremantle, org: WSO2 }\n" +
    "sponsors: [StorageOS, Pusher]\n" +
    "next_meetup: { date: 2018-11-07 18:30, title: November, speakers: [Grafana Labs], rsvp: 'https://meetup.example/n' }",
);
const NOVEMBER = post(
  "title: November writeup\nevent: { date: 2018-11-07, start: '18:30' }\n" +
    "speakers:\n  - { name: Luke Addison, org: Jetstack Ltd, role: Engineer, talk: Operators }\nsponsors: [Pusher]",
);
const DECEMBER_ANNOUNCEMENT = post("title: December is coming\nevent: { date: 2018-12-05 }");

describe("the meetup index", () => {
  it("merges an announced next_meetup with the later writeup of the same day", () => {
    setMeetupSite({ "2018-10-09-october.md": OCTOBER, "2018-11-08-november.md": NOVEMBER });
    const { meetups } = getMeetupIndex();
    assert.deepEqual(
      meetups.map((m) => [m.id, m.title, m.writeup?.url, m.announcement?.url, m.rsvp]),
      [
        ["2018-10-09", "October", "/posts/october/", undefined, undefined],
        ["2018-11-07", "November writeup", "/posts/november/", "/posts/october/", "https://meetup.example/n"],
      ],
    );
    // Local 18:30 is 17:30 UTC in British Summer Time and 18:30 UTC after the clocks go back.
    assert.equal(meetups[0]?.start.toISOString(), "2018-10-09T17:30:00.000Z");
    assert.equal(meetups[0]?.end.toISOString(), "2018-10-09T20:00:00.000Z");
    assert.equal(meetups[1]?.start.toISOString(), "2018-11-07T18:30:00.000Z");
    // Without an end time a meetup lasts site.eventMinutes.
    assert.equal(meetups[1]?.end.toISOString(), "2018-11-07T21:00:00.000Z");
  });

  it("treats a bare date as a day-long meetup, and keeps the meetups not over at a given moment", () => {
    setMeetupSite({ "2018-10-09-october.md": OCTOBER, "2018-11-20-december.md": DECEMBER_ANNOUNCEMENT });
    const { meetups } = getMeetupIndex();
    const december = meetups.find((m) => m.id === "2018-12-05");
    assert.equal(december?.allDay, true);
    assert.equal(december?.announcement?.url, "/posts/december/");
    assert.equal(december?.writeup, undefined);
    const now = new Date("2018-11-07T20:00:00Z");
    assert.deepEqual(
      upcomingMeetups(meetups, now).map((m) => m.id),
      ["2018-11-07", "2018-12-05"],
    );
  });

  it("gives someone who spoke twice one profile with both talks, newest first", () => {
    setMeetupSite({ "2018-10-09-october.md": OCTOBER, "2018-11-08-november.md": NOVEMBER });
    const { speakers } = getMeetupIndex();
    assert.deepEqual(
      speakers.map((s) => [s.slug, s.talks.length]),
      [
        ["luke-addison", 2],
        ["paul-fremantle", 1],
      ],
    );
    const luke = speakers[0];
    assert.equal(luke?.org, "Jetstack Ltd");
    assert.equal(luke?.role, "Engineer");
    assert.deepEqual(
      luke?.talks.map((t) => [t.talk, t.url]),
      [
        ["Operators", "/posts/november/#speaker-luke-addison"],
        ["eBPF", "/posts/october/#speaker-luke-addison"],
      ],
    );
  });

  it("lists every registry sponsor with the meetups that thank it", () => {
    setMeetupSite({ "2018-10-09-october.md": OCTOBER, "2018-11-08-november.md": NOVEMBER });
    const { sponsors } = getMeetupIndex();
    assert.deepEqual(
      sponsors.map((s) => [s.name, s.posts.map((p) => p.slug)]),
      [
        ["Contino", []],
        ["Pusher", ["november", "october"]],
        ["StorageOS", ["october"]],
        ["Tecknuovo", []],
      ],
    );
  });

  it("builds callouts: next meetup with its writeup, and an announcement's own event", () => {
    setMeetupSite({
      "2018-10-09-october.md": OCTOBER,
      "2018-11-08-november.md": NOVEMBER,
      "2018-11-20-december.md": DECEMBER_ANNOUNCEMENT,
    });
    const october = getPostBySlug("october");
    assert.ok(october);
    const callout = getNextMeetupCallout(october);
    assert.equal(callout?.title, "November");
    assert.equal(callout?.when, "Wednesday 7 November 2018, 18:30–21:00");
    assert.deepEqual(callout?.people, [{ name: "Grafana Labs" }]);
    assert.equal(callout?.writeup?.url, "/posts/november/");
    assert.equal(callout?.icsHref, "/events/2018-11-07.ics");
    assert.equal(callout?.stateAtBuild, "past");
    assert.equal(getOwnEventCallout(october), undefined);
    const december = getPostBySlug("december");
    assert.ok(december);
    assert.equal(getOwnEventCallout(december)?.when, "Wednesday 5 December 2018");
  });

  it("adds the directories, speaker pages and calendar files to the site's paths", () => {
    setMeetupSite({ "2018-10-09-october.md": OCTOBER, "2018-11-08-november.md": NOVEMBER });
    const paths = getSitePaths();
    for (const path of [
      "/events/",
      "/events.ics",
      "/speakers/",
      "/sponsors/",
      "/speakers/luke-addison/",
      "/events/2018-11-07.ics",
    ])
      assert.ok(paths.has(path), path);
  });
});
