import assert from "node:assert/strict";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { formatImportReport } from "./import-report";
import { importJekyllSite } from "./import-site";
import { temporaryFolder } from "../../test/support/test-scope";

const PHOTO = path.resolve("public/images/speakers/luke-addison.jpg");
const SAMPLES = path.resolve(process.env.JEKYLL_SAMPLE_DIR ?? "../shared/jekyll-sample");

const MEETUP = `---
layout: post
title: "Cloud Native London, July 2017"
image: /images/2017-07-hero.jpg
categories: [events]
tags:
  - "2017"
redirect_from: /CloudNativeLdn-July-writeup/
---

Photos below.

![Cloud Native London]({{site.baseurl}}/images/Cloud Native London July.png)

![Gone](/images/never-uploaded.jpg)
`;

const CODE = `---
title: Code
permalink: /code-post/
---

{% highlight yaml %}
kind: Pod
{% endhighlight %}

See [July]({% post_url 2017-07-05-July-Meetup %}) and {% include footer.html %}.
`;

/** A Jekyll site in a temporary folder, and empty posts/ and public/ folders to import it into. */
function makeSite() {
  const root = temporaryFolder("cnl-jekyll-");
  const site = path.join(root, "jekyll");
  for (const folder of ["_posts/2017", "_drafts", "images"]) mkdirSync(path.join(site, folder), { recursive: true });
  writeFileSync(path.join(site, "_config.yml"), "title: Old blog\npermalink: /:title/\n");
  writeFileSync(path.join(site, "_posts/2017/2017-07-05-July-Meetup.md"), MEETUP);
  writeFileSync(path.join(site, "_posts/2017-08-01-code.markdown"), CODE);
  writeFileSync(path.join(site, "_posts/2017-09-01-draft.md"), "---\ntitle: Draft\npublished: false\n---\nSoon.\n");
  writeFileSync(path.join(site, "_posts/2017-10-01-old.html"), "---\ntitle: HTML\n---\n<p>Hi</p>\n");
  writeFileSync(path.join(site, "_drafts/idea.md"), "---\ntitle: Idea\n---\n");
  copyFileSync(PHOTO, path.join(site, "images/2017-07-hero.jpg"));
  copyFileSync(PHOTO, path.join(site, "images/Cloud Native London July.png"));
  const target = { postsDir: path.join(root, "posts"), publicDir: path.join(root, "public") };
  return { site, target };
}

describe("importJekyllSite", () => {
  it("copies posts and the images they use, changing only what this site cannot read", () => {
    const { site, target } = makeSite();
    const report = importJekyllSite(site, target);

    assert.deepEqual(readdirSync(target.postsDir).sort(), [
      "2017-07-05-july-meetup.md",
      "2017-08-01-code.markdown",
      "2017-09-01-draft.md",
    ]);
    assert.equal(readFileSync(path.join(target.postsDir, "2017-07-05-july-meetup.md"), "utf8"), MEETUP);
    const code = readFileSync(path.join(target.postsDir, "2017-08-01-code.markdown"), "utf8");
    assert.match(code, /\n```yaml\nkind: Pod\n```\n/);
    assert.match(code, /See \[July\]\(\/posts\/july-meetup\/\) and \{% include footer\.html %\}\./);
    assert.ok(existsSync(path.join(target.publicDir, "images/2017-07-hero.jpg")));
    assert.ok(existsSync(path.join(target.publicDir, "images/Cloud Native London July.png")));
    assert.deepEqual(report.imagesCopied.sort(), ["/images/2017-07-hero.jpg", "/images/Cloud Native London July.png"]);
  });

  it("reports drafts, redirects, rewrites, missing images and everything it left behind", () => {
    const { site, target } = makeSite();
    const report = importJekyllSite(site, target);
    const text = formatImportReport(report, site);
    const lines = text.split("\n");
    const expected = [
      `Imported 3 posts from ${site}/_posts.`,
      "Drafts (published: false, left out of the built site): 1",
      "  posts/2017-09-01-draft.md",
      "Redirects (redirect_from, old URLs that will lead to their post): 1",
      "  /CloudNativeLdn-July-writeup/ -> posts/2017-07-05-july-meetup.md",
      "  posts/2017-07-05-july-meetup.md: file renamed from 2017-07-05-July-Meetup.md",
      "  posts/2017-08-01-code.markdown:6: {% highlight yaml %} … -> ```yaml …",
      "  posts/2017-08-01-code.markdown:10: {% post_url 2017-07-05-July-Meetup %} -> /posts/july-meetup/",
      "Images missing: 1",
      `  posts/2017-07-05-july-meetup.md:15: /images/never-uploaded.jpg is not in the Jekyll site (${site}/images/never-uploaded.jpg)`,
      "  posts/2017-07-05-july-meetup.md:5: categories: this site has no such field",
      "  posts/2017-08-01-code.markdown:3: permalink: add its value to redirect_from to keep the old URL working",
      "  posts/2017-08-01-code.markdown:10: Liquid {% include footer.html %} has no equivalent here: replace it by hand",
      "  _posts/2017-10-01-old.html: not imported: an HTML post: convert it to Markdown by hand",
      "  _drafts/idea.md: Jekyll drafts are not imported: give the file a date in its name and published: false, then import it",
      'Old post URLs followed the Jekyll permalink setting "/:title/": to redirect the /:year/:month/:day/:title/ ones, set legacyPermalinks: true in lib/site.ts.',
    ];
    for (const line of expected) assert.ok(lines.includes(line), `missing: ${line}\nin:\n${text}`);
  });

  it("never overwrites: a second run changes nothing, and a post edited since is left alone", () => {
    const { site, target } = makeSite();
    importJekyllSite(site, target);
    const edited = path.join(target.postsDir, "2017-09-01-draft.md");
    writeFileSync(edited, "---\ntitle: Edited here\n---\n");
    const again = importJekyllSite(site, target);
    assert.deepEqual(again.imported, []);
    assert.equal(again.unchanged.length, 2);
    assert.equal(readFileSync(edited, "utf8"), "---\ntitle: Edited here\n---\n");
    assert.ok(
      again.notCarriedOver.some(
        (note) => note.file === "posts/2017-09-01-draft.md" && /not overwritten/.test(note.text),
      ),
    );
  });

  it("follows no symbolic link: linked posts, images and folders are reported, and nothing they point to is copied", () => {
    const { site, target } = makeSite();
    const secret = path.join(path.dirname(site), "secret.txt");
    writeFileSync(secret, "---\ntitle: Secret\n---\nPASSWORD\n");
    symlinkSync(secret, path.join(site, "_posts/2017-11-01-linked.md"));
    symlinkSync(path.dirname(site), path.join(site, "_posts/2017-12-01-folder.md"));
    const outside = path.join(path.dirname(site), "outside");
    mkdirSync(outside);
    writeFileSync(path.join(outside, "photo.jpg"), "PASSWORD");
    symlinkSync(outside, path.join(site, "images/linked"));
    symlinkSync(secret, path.join(site, "images/passwd.jpg"));
    writeFileSync(
      path.join(site, "_posts/2017-11-02-uses-links.md"),
      "---\ntitle: Uses links\n---\n\n![a](/images/linked/photo.jpg)\n\n![b](/images/passwd.jpg)\n",
    );
    const report = importJekyllSite(site, target);
    const notes = report.notCarriedOver.map((note) => `${note.file}${note.line ? `:${note.line}` : ""}: ${note.text}`);
    const link = "it is a symbolic link, which the import never follows";
    assert.ok(
      notes.some((note) => note.startsWith(`_posts/2017-11-01-linked.md: not imported: ${link}`)),
      notes.join("\n"),
    );
    assert.ok(notes.some((note) => note.startsWith(`_posts/2017-12-01-folder.md: not imported: ${link}`)));
    assert.ok(notes.some((note) => note.includes("/images/linked/photo.jpg not copied")));
    assert.ok(notes.some((note) => note.includes("/images/passwd.jpg not copied")));
    assert.equal(existsSync(path.join(target.postsDir, "2017-11-01-linked.md")), false);
    assert.equal(existsSync(path.join(target.publicDir, "images/linked")), false);
    assert.equal(existsSync(path.join(target.publicDir, "images/passwd.jpg")), false);
  });

  it("refuses a folder that is not a Jekyll site", () => {
    const empty = temporaryFolder("cnl-empty-");
    assert.throws(() => importJekyllSite(empty, { postsDir: empty, publicDir: empty }), /has no _posts\/ folder/);
  });

  it(
    "imports the old blog's sample posts byte for byte",
    { skip: existsSync(SAMPLES) ? false : `${SAMPLES} is absent` },
    () => {
      const root = temporaryFolder("cnl-samples-");
      mkdirSync(path.join(root, "site/_posts"), { recursive: true });
      for (const name of readdirSync(SAMPLES))
        copyFileSync(path.join(SAMPLES, name), path.join(root, "site/_posts", name));
      const report = importJekyllSite(path.join(root, "site"), {
        postsDir: path.join(root, "posts"),
        publicDir: path.join(root, "public"),
      });
      assert.equal(report.imported.length, 8);
      for (const name of readdirSync(SAMPLES)) {
        assert.equal(
          readFileSync(path.join(root, "posts", name), "utf8"),
          readFileSync(path.join(SAMPLES, name), "utf8"),
        );
      }
      assert.deepEqual(report.drafts, ["posts/2020-09-11-cncf-end-user-tech-radar-october-2020.md"]);
      assert.equal(report.redirects.length, 5);
      assert.deepEqual(report.rewritten, []);
      assert.ok(report.imagesMissing.some((note) => note.text.startsWith("/images/Cloud Native London July.png")));
    },
  );
});
