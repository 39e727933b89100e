import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import sharp from "sharp";
import { post } from "../test/support/test-helpers";
import { fixtureSiteDir } from "../test/support/fixture-sites";
import { temporaryFolder } from "../test/support/test-scope";

const TSX = path.resolve("node_modules/.bin/tsx");
const CHECK = path.resolve("tools/check.ts");
const PHOTO = path.resolve(fixtureSiteDir(), "public/images/speakers/luke-addison.jpg");

/** Run `npm run check` in a fresh project folder holding these posts and a public/ with one photo (and `files`). */
function runCheck(
  posts: Record<string, string>,
  files: Record<string, Buffer> = {},
): { lines: string[]; status: number | null; stderr: string } {
  const root = temporaryFolder("cnl-check-");
  mkdirSync(path.join(root, "posts"));
  mkdirSync(path.join(root, "public/images"), { recursive: true });
  copyFileSync(PHOTO, path.join(root, "public/images/photo.jpg"));
  writeFileSync(path.join(root, "public/slides.pdf"), "%PDF-1.4\n");
  for (const [name, text] of Object.entries(posts)) writeFileSync(path.join(root, "posts", name), text);
  for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(root, "public", name), bytes);
  const { SITE_DIR: _site, POSTS_DIR: _posts, PUBLIC_DIR: _public, ...env } = process.env;
  const result = spawnSync(TSX, [CHECK], { cwd: root, encoding: "utf8", env });
  return { lines: result.stdout.split("\n").filter(Boolean), status: result.status, stderr: result.stderr };
}

describe("npm run check: errors in single posts", () => {
  let run: ReturnType<typeof runCheck>;
  before(() => {
    run = runCheck({
      "2019-01-01-yaml.md": "---\ntitle: Broken\ntags: [a, b\nlocation: London\n---\nBody\n",
      "2019-01-02-untitled.md": post("description: No title"),
      "2019-01-03-bad-date.md": post("title: Bad date\ndate: 2019-02-31"),
      "2019-01-04-same.md": post("title: One"),
      "2019-01-05-same.md": post("title: Two"),
      "2019-01-06-images.md": post(
        "title: Images\nimage: /images/hero photo.jpg\nspeakers:\n  - name: Ada\n    photo: /images/speakers/ada.jpg\nsponsors:\n  - name: Acme\n    logo: /images/acme.png",
        "![Stage](/images/stage.jpg)",
      ),
    });
  });

  it("gives a YAML syntax error the line where the mistake is", () => {
    assert.ok(
      run.lines.some((line) => line.startsWith("posts/2019-01-01-yaml.md:3: tags: opens a list with [")),
      run.lines.join("\n"),
    );
  });

  it("names a missing title and a date that does not exist", () => {
    assert.ok(
      run.lines.includes(
        "posts/2019-01-02-untitled.md:1: title: is missing (text, e.g. title: Cloud Native London, October 2018)",
      ),
    );
    assert.ok(
      run.lines.includes(
        'posts/2019-01-03-bad-date.md:3: date: "2019-02-31" is not a date (a date such as 2018-10-09, or 2018-10-09 18:30 with an optional offset like +01:00)',
      ),
    );
  });

  it("refuses two posts with one slug", () => {
    assert.ok(
      run.lines.includes(
        'posts/2019-01-04-same.md:1: file name: slug "same" is also used by posts/2019-01-05-same.md (one post per slug: rename one of the files, e.g. 2019-01-04-same-2019.md, and list its old URL in redirect_from)',
      ),
    );
  });

  it("names every image missing from public/: the hero, speaker photos, sponsor logos and body images", () => {
    const file = "posts/2019-01-06-images.md";
    assert.deepEqual(
      run.lines.filter((line) => line.startsWith(file)),
      [
        `${file}:3: image: /images/hero photo.jpg is not in public/ (a file at public/images/hero photo.jpg, or an https URL)`,
        `${file}:6: speakers[0].photo: /images/speakers/ada.jpg is not in public/ (a file at public/images/speakers/ada.jpg, or an https URL)`,
        `${file}:9: sponsors[0].logo: /images/acme.png is not in public/ (a file at public/images/acme.png, or an https URL)`,
        `${file}:12: body: image /images/stage.jpg is not in public/ (a file at public/images/stage.jpg)`,
      ],
    );
  });

  it("prints everything in order on stdout, counts every file, and exits 1", () => {
    assert.equal(run.status, 1);
    assert.equal(run.stderr, "");
    const printed = run.lines.slice(0, -1);
    const errors = printed.filter((line) => !line.includes(": warning: ")).length;
    const summary = `6 posts checked: ${errors} errors, ${printed.length - errors} warnings.`;
    assert.equal(
      run.lines.at(-1),
      `${summary} Links to posts were checked; links to other pages are checked once these errors are fixed.`,
    );
  });
});

describe("npm run check: links, then warnings", () => {
  it("reports a link to a path the site does not serve with its file and line, and accepts real ones", () => {
    const run = runCheck({
      "2019-01-01-target.md": post("title: Target\ntags: [Meetup]\nredirect_from: /old-target/"),
      "2019-01-02-links.md": post(
        "title: Links",
        '[a post](/posts/target/) [a tag](/tags/meetup/) [an old URL](/old-target/) [slides](/slides.pdf) [home](/#top)\n\n[gone](/posts/no-such-post/)\n\n<a href="/tags/nope">tag</a>',
      ),
    });
    assert.deepEqual(
      run.lines.filter((line) => line.includes("leads to no page")),
      [
        "posts/2019-01-02-links.md:7: body: the link to /posts/no-such-post/ leads to no page of this site (a path the site serves, such as /posts/<slug>/ or /tags/<tag>/, or a file in public/)",
        "posts/2019-01-02-links.md:9: body: the link to /tags/nope leads to no page of this site (a path the site serves, such as /posts/<slug>/ or /tags/<tag>/, or a file in public/)",
      ],
    );
    assert.equal(run.status, 1);
  });

  it("finds a broken link to a post in the first pass, beside other errors, with the nearest post's path", () => {
    const run = runCheck({
      "2024-06-05-kubernetes-turns-ten.md": post("title: Ten"),
      "2024-06-06-broken.md": post("title: Broken\ndate: 2024-13-01", "[a post with an error](/posts/broken/)"),
      "2024-06-07-links.md": post("title: Links", "[typo](/posts/kubernetes-turns-tenn/)\n\n[elsewhere](/tags/nope/)"),
    });
    assert.deepEqual(run.lines.slice(1), [
      "posts/2024-06-07-links.md:5: body: the link to /posts/kubernetes-turns-tenn/ leads to no page of this site: did you mean /posts/kubernetes-turns-ten/? (a path the site serves, such as /posts/<slug>/ or /tags/<tag>/, or a file in public/)",
      "3 posts checked: 2 errors, 0 warnings. Links to posts were checked; links to other pages are checked once these errors are fixed.",
    ]);
  });

  it("warns about unknown fields, missing alt text, a long description and an empty body, and exits 0", () => {
    const run = runCheck({
      "2019-01-01-warnings.md": post(
        `title: Warnings\ncomments: true\ndescription: ${"x".repeat(170)}`,
        "![](/images/photo.jpg)",
      ),
      "2019-01-02-empty.md": "---\ntitle: Empty\n---\n",
    });
    assert.deepEqual(run.lines, [
      "posts/2019-01-01-warnings.md:3: comments: warning: is not a field this site knows and is ignored (see CONTRIBUTING.md for the fields)",
      "posts/2019-01-01-warnings.md:4: description: warning: is 170 characters long (at most 160 characters: search results and link previews cut off the rest)",
      "posts/2019-01-01-warnings.md:7: body: warning: image /images/photo.jpg has no alt text (a few words saying what the photo shows, e.g. ![Speakers on stage](/images/photo.jpg))",
      "posts/2019-01-02-empty.md:4: body: warning: is empty (the post in Markdown below the front matter's closing --- line)",
      "2 posts checked: 0 errors, 4 warnings.",
    ]);
    assert.equal(run.status, 0);
  });

  it("warns about an original over 8 MB or over 6000 pixels a side, naming the file and the field", async () => {
    const wide = await sharp({ create: { width: 6200, height: 40, channels: 3, background: "grey" } })
      .png()
      .toBuffer();
    // A real photo's header followed by padding: 8.5 MB on disk, as an editor's camera original might be.
    const heavy = Buffer.concat([readFileSync(PHOTO), Buffer.alloc(8_500_000)]);
    const run = runCheck(
      {
        "2019-01-01-big.md": post(
          "title: Big\nimage: /images/panorama.png",
          "![The room](/images/heavy.jpg)\n\n![The stage](/images/photo.jpg)",
        ),
      },
      { "images/panorama.png": wide, "images/heavy.jpg": heavy },
    );
    assert.deepEqual(run.lines, [
      "posts/2019-01-01-big.md:3: image: warning: image /images/panorama.png is 6200×40 pixels (at most 8 MB and 6000 pixels a side: export it smaller (the site makes its own sizes))",
      "posts/2019-01-01-big.md:6: body: warning: image /images/heavy.jpg is 8.5 MB (at most 8 MB and 6000 pixels a side: export it smaller (the site makes its own sizes))",
      "1 post checked: 0 errors, 2 warnings.",
    ]);
    assert.equal(run.status, 0);
  });
});
