import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { getAllPosts, getPostBySlug } from "../collection/posts";
import { post, setPosts, setFixtureSite } from "../../test/support/test-helpers";
import { dateTile, initialsOf, meetupState } from "../collection/meetup-callout";
import { buildMeetupTimeline, getWriteupLinks, isMeetupPost } from "./meetup-posts";

// The fixture site's posts, pages, data and photos, not the project's own content.
setFixtureSite();

const POSTS = {
  "2018-09-12-september.md": post("title: September\ntags: [Meetup]"),
  "2018-10-09-october.md": post(
    "title: October\nevent: { date: 2018-10-09 }\nspeakers:\n  - { name: Luke Addison, video: 'https://youtu.be/abc' }",
  ),
  "2019-03-20-advice.md": post("title: Advice\ntags: [Guides]"),
  "2021-03-03-online.md": post(
    "title: Online\ntags: [Meetup]\nvideo: https://www.youtube.com/watch?v=x",
    "![Crowd](/images/speakers/luke-addison.jpg)",
  ),
  "2026-11-20-december.md": post("title: December\nevent: { date: 2026-12-09 }"),
};

describe("meetup posts", () => {
  it("counts a post as a meetup by its event data or its Meetup tag", () => {
    setPosts(POSTS);
    assert.deepEqual(
      getAllPosts()
        .filter(isMeetupPost)
        .map((entry) => entry.slug),
      ["december", "online", "october", "september"],
    );
  });

  it("lists every meetup post on the timeline by its meetup's day, with recording and photos where it has them", () => {
    setPosts(POSTS);
    const timeline = buildMeetupTimeline(getAllPosts());
    assert.deepEqual(
      timeline.map((entry) => [entry.post.slug, entry.links.map((link) => `${link.label} ${link.href}`)]),
      [
        ["december", ["Announcement /posts/december/"]],
        ["online", ["Writeup /posts/online/", "Recording /posts/online/#recording", "Photos /posts/online/#photos"]],
        ["october", ["Writeup /posts/october/", "Recording /posts/october/#talks"]],
        ["september", ["Writeup /posts/september/"]],
      ],
    );
  });

  it("offers a writeup's sections at its top, but nothing on an announcement or an article", () => {
    setPosts(POSTS);
    const links = (slug: string) => getWriteupLinks(getPostBySlug(slug) ?? assert.fail(slug));
    assert.deepEqual(
      links("online").map((link) => link.href),
      ["#writeup", "#recording", "#photos"],
    );
    assert.deepEqual(links("december"), []);
    assert.deepEqual(links("advice"), []);
  });
});

describe("the meetup block's state", () => {
  const dayStart = new Date("2018-11-07T00:00:00Z");
  const end = new Date("2018-11-07T21:00:00Z");

  it("is upcoming before the day, tonight from midnight until the end, and past after", () => {
    assert.equal(meetupState(new Date("2018-11-06T23:59:00Z"), dayStart, end), "upcoming");
    assert.equal(meetupState(new Date("2018-11-07T00:00:00Z"), dayStart, end), "tonight");
    assert.equal(meetupState(new Date("2018-11-07T20:59:59Z"), dayStart, end), "tonight");
    assert.equal(meetupState(new Date("2018-11-07T21:00:00Z"), dayStart, end), "past");
  });

  it("draws the date tile in London time, and initials for people without a photo", () => {
    // 23:30 UTC on 8 October 2018 is already 9 October in London (BST).
    assert.deepEqual(dateTile(new Date("2018-10-08T23:30:00Z")), {
      weekday: "Tue",
      day: "9",
      month: "Oct",
      year: "2018",
    });
    assert.equal(initialsOf("DeepMind Health"), "DH");
    assert.equal(initialsOf("Luke Addison"), "LA");
    assert.equal(initialsOf("Jane van der Smit"), "JS");
    assert.equal(initialsOf("The volunteer team"), "VT");
    assert.equal(initialsOf("Cher"), "C");
  });
});
