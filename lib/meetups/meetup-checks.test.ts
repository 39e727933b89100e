import assert from "node:assert/strict";
import path from "node:path";
import { describe, it } from "node:test";
import { formatProblem } from "../content/content-error";
import { setMeetupSite } from "../../test/support/meetup-test-helpers";
import { readPostFile } from "../content/post-file";
import { post, setFixtureSite } from "../../test/support/test-helpers";
import { env } from "../env";
import { renderHtml } from "../markdown/pipeline";

// The fixture site's posts, pages, data and photos, not the project's own content.
setFixtureSite();

const FILE = "posts/2018-10-09-october.md";
function schemaErrors(frontMatter: string): string[] {
  return readPostFile(FILE, post(`title: October\n${frontMatter}`)).problems.map(formatProblem);
}

/** Errors of the whole-collection check for one post, with the post's path as the editor sees it. */
function checkErrors(frontMatter: string): string[] {
  const errors = setMeetupSite({ "2018-10-09-october.md": post(`title: October\n${frontMatter}`) });
  const shown = path.relative(process.cwd(), path.join(env.postsDir, "2018-10-09-october.md"));
  return errors.map((error) => error.replace(shown, FILE));
}

describe("meetup front matter: what the schema accepts", () => {
  it("reads event, speakers, sponsors and next_meetup, times as YAML 1.1 writes them included", () => {
    const { post: october, problems } = readPostFile(
      FILE,
      post(
        "title: October\nevent:\n  date: 2018-10-09\n  start: 18:30\n  end: '21:00'\n  online: https://youtube.com/live/x\n" +
          "speakers:\n  - name: Luke Addison\n    takeaways: [eBPF is *fast*]\nsponsors: [StorageOS, { name: Acme }]\n" +
          "next_meetup:\n  date: 2018-11-07 18:30\n  speakers: [Grafana Labs]",
      ),
    );
    assert.deepEqual(problems, []);
    assert.equal(october?.event?.start, "18:30");
    assert.equal(october?.event?.online, "https://youtube.com/live/x");
    const takeaways = october?.speakers[0]?.takeaways ?? [];
    assert.deepEqual(
      takeaways.map((takeaway) => [takeaway.markdown, renderHtml(takeaway.tree)]),
      [["eBPF is *fast*", "eBPF is <em>fast</em>"]],
    );
    assert.deepEqual(october?.speakers[0]?.links, []);
    assert.deepEqual(october?.sponsors, ["StorageOS", { name: "Acme" }]);
    assert.equal(october?.next_meetup?.date.toISOString(), "2018-11-07T18:30:00.000Z");
    assert.equal(october?.lines["speakers[0].takeaways"], 10);
  });

  it("names file, line and field for each wrong value", () => {
    const cases: [string, string][] = [
      ["speakers:\n  - org: Jetstack", "4: speakers[0].name: is missing (the speaker's name)"],
      ["speakers: Luke", '3: speakers: is the text "Luke" (a list of speakers, each with at least a name)'],
      [
        "speakers:\n  - name: A\n    takeaways: just one",
        '5: speakers[0].takeaways: is the text "just one" (a list of short Markdown strings)',
      ],
      [
        "speakers:\n  - name: A\n    video: javascript:alert(1)",
        "5: speakers[0].video: is not an accepted URL (an http(s) or protocol-relative (//host/...) URL)",
      ],
      [
        "event:\n  date: soon",
        '4: event.date: "soon" is not a date (a date such as 2018-10-09, or 2018-10-09 18:30 with an optional offset like +01:00)',
      ],
      [
        "event:\n  date: 2018-10-09\n  start: half six",
        "5: event.start: is not a time (a time such as 18:30, optionally with an offset like 18:30+01:00)",
      ],
      [
        "event:\n  date: 2018-10-09\n  online: maybe",
        "5: event.online: is not an accepted URL (true, false or the https URL of the stream)",
      ],
      ["event:\n  date: 2018-10-09\n  rsvp: ftp://x", "5: event.rsvp: is not an accepted URL (an http(s) URL)"],
      [
        "sponsors:\n  - name: X\n    url: javascript:alert(1)",
        "5: sponsors[0].url: is not an accepted URL (an http(s) URL)",
      ],
      [
        "next_meetup:\n  venue: Somewhere",
        "3: next_meetup.date: is missing (a date such as 2018-10-09, or 2018-10-09 18:30 with an optional offset like +01:00)",
      ],
      [
        "next_meetup:\n  date: 2018-11-07\n  speakers: Grafana",
        '5: next_meetup.speakers: is the text "Grafana" (a list of names or organisations)',
      ],
    ];
    for (const [frontMatter, expected] of cases) assert.deepEqual(schemaErrors(frontMatter), [`${FILE}:${expected}`]);
  });
});

describe("meetup front matter: what the collection check adds", () => {
  it("accepts a well-formed meetup", () => {
    assert.deepEqual(
      checkErrors(
        "event:\n  date: 2018-10-09\n  start: '18:30'\n  end: '21:00'\nspeakers:\n  - name: Luke Addison\n" +
          "    photo: /images/speakers/luke-addison.jpg\n    takeaways: ['[eBPF](https://ebpf.io/) is **fast**']\nsponsors: [Pusher]",
      ),
      [],
    );
  });

  it("an end before the start, and a time that does not exist", () => {
    assert.deepEqual(checkErrors("event:\n  date: 2018-10-09\n  start: '18:30'\n  end: '18:00'"), [
      `${FILE}:6: event.end: 18:00 is not after the start, 18:30 (an end time later on the same day)`,
    ]);
    assert.deepEqual(checkErrors("event:\n  date: 2018-10-09\n  start: '25:00'"), [
      `${FILE}:5: event.start: "25:00" is not a time (a time such as 18:30, optionally with an offset like 18:30+01:00)`,
    ]);
  });

  it("a speaker photo missing from public/", () => {
    assert.deepEqual(checkErrors("speakers:\n  - name: Luke Addison\n    photo: /images/speakers/nobody.jpg"), [
      `${FILE}:5: speakers[0].photo: /images/speakers/nobody.jpg is not in public/ (a file at public/images/speakers/nobody.jpg, or an https URL)`,
    ]);
  });

  it("a speaker listed twice", () => {
    assert.deepEqual(checkErrors("speakers:\n  - name: Luke Addison\n  - name: luke addison"), [
      `${FILE}:5: speakers[1].name: luke addison is listed twice (each speaker once per post)`,
    ]);
  });

  it("a takeaway with an image that is not there, at the takeaway's own line", () => {
    assert.deepEqual(
      checkErrors("speakers:\n  - name: A\n    takeaways:\n      - fine\n      - '![x](/images/nope.png)'"),
      [
        `${FILE}:7: speakers[0].takeaways[1]: image /images/nope.png is not in public/ (a file at public/images/nope.png)`,
      ],
    );
  });

  it("an inline sponsor logo missing from public/", () => {
    assert.deepEqual(checkErrors("sponsors:\n  - name: Acme\n    logo: /images/sponsors/acme.svg"), [
      `${FILE}:5: sponsors[0].logo: /images/sponsors/acme.svg is not in public/ (a file at public/images/sponsors/acme.svg, or an https URL)`,
    ]);
  });
});
