import assert from "node:assert/strict";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { formatImportReport } from "./import-report";
import { importJekyllSite } from "./import-site";
import { fixtureSiteDir } from "../../test/support/fixture-sites";
import { temporaryFolder } from "../../test/support/test-scope";
import { toolEnv } from "../../lib/env";

const PHOTO = path.resolve(fixtureSiteDir(), "public/images/speakers/luke-addison.jpg");
const SAMPLES = toolEnv.jekyllSampleDir;

const MEETUP = `---
layout: post
title: "Cloud Native London, July 2017"
image: /images/2017-07-hero.jpg
categories: [events]
comments: true
twitter_moment:
tags:
  - "2017"
redirect_from: /CloudNativeLdn-July-writeup/
---

Photos below, and the [TODO Group](todogroup.org), [Cheryl](@oicheryl) and [email us](events@example.com).

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
{% if jekyll.environment == "production" %}<p>Live</p>{% else %}<p>Local</p>{% endif %}
`;

const PRODUCT =
  '<article>\n  <h2>{{ include.title }}</h2>\n\n  <a href="{{ include.url }}"><img src="{{ include.image }}"></a>\n</article>\n';

/** A Jekyll site in a temporary folder, and empty posts/, pages and public/ folders to import it into. */
function makeSite() {
  const root = temporaryFolder("cnl-jekyll-");
  const site = path.join(root, "jekyll");
  for (const folder of ["_posts/2017", "_drafts", "_includes", "images", "community/pics", "archive", "notes"])
    mkdirSync(path.join(site, folder), { recursive: true });
  writeFileSync(
    path.join(site, "_config.yml"),
    "title: Old blog\npermalink: /:categories/:year/:month/:title/\nexclude: [notes]\n",
  );
  writeFileSync(path.join(site, "_posts/2017/2017-07-05-July-Meetup.md"), MEETUP);
  writeFileSync(path.join(site, "_posts/2017-08-01-code.markdown"), CODE);
  writeFileSync(path.join(site, "_posts/2017-09-01-draft.md"), "---\ntitle: Draft\npublished: false\n---\nSoon.\n");
  writeFileSync(path.join(site, "_posts/2017-10-01-old.html"), "---\ntitle: HTML\n---\n<p>Hi</p>\n");
  writeFileSync(path.join(site, "_posts/2015-03-11-testing.md"), "---\ntitle: First test\n---\nOne.\n");
  writeFileSync(path.join(site, "_posts/2016-03-09-testing.md"), "---\ntitle: Second test\n---\nTwo.\n");
  writeFileSync(path.join(site, "_drafts/idea.md"), "---\ntitle: Idea\n---\n");
  writeFileSync(path.join(site, "_includes/product.html"), PRODUCT);
  writeFileSync(
    path.join(site, "about.md"),
    '---\nlayout: page\ntitle: About\nredirect_from: [/me/, /bio.html]\n---\n\nHi.\n\n<script src="https://form.jotform.com/jsform/123456"></script>\n<script src="https://example.com/pay.js"></script>\n',
  );
  writeFileSync(
    path.join(site, "community/index.md"),
    '---\nlayout: page\n---\n{% include product.html title="Speak" url="/community/speak" image="pics/speak.jpg" %}\n',
  );
  writeFileSync(path.join(site, "community/speak.md"), "---\ntitle: Speak\n---\nPropose a talk.\n");
  writeFileSync(
    path.join(site, "community/chat.md"),
    "---\npermalink: /chat\nredirect_to:\n  - https://slack.example.com/join\n---\n",
  );
  writeFileSync(path.join(site, "archive/events.md"), '---\nlayout: archive\nselect_tag: "2017"\n---\n');
  writeFileSync(path.join(site, "404.md"), "---\nlayout: page\ntitle: 404 - Page not found\n---\nSorry.\n");
  writeFileSync(path.join(site, "notes/private.md"), "---\ntitle: Not built\n---\n");
  copyFileSync(PHOTO, path.join(site, "images/2017-07-hero.jpg"));
  copyFileSync(PHOTO, path.join(site, "images/Cloud Native London July.png"));
  copyFileSync(PHOTO, path.join(site, "community/pics/speak.jpg"));
  const target = {
    postsDir: path.join(root, "posts"),
    publicDir: path.join(root, "public"),
    pagesDir: path.join(root, "content/pages"),
    pagesLabel: "content/pages",
  };
  return { site, target };
}

describe("importJekyllSite", () => {
  it("copies posts as Jekyll read them, fixing only what this site cannot read", () => {
    const { site, target } = makeSite();
    const report = importJekyllSite(site, target);

    assert.deepEqual(readdirSync(target.postsDir).sort(), [
      "2015-03-11-testing.md",
      "2016-03-09-testing-2016.md",
      "2017-07-05-July-Meetup.md",
      "2017-08-01-code.markdown",
      "2017-09-01-draft.md",
    ]);
    const meetup = readFileSync(path.join(target.postsDir, "2017-07-05-July-Meetup.md"), "utf8");
    assert.equal(
      meetup,
      MEETUP.replace("(todogroup.org)", "(https://todogroup.org)")
        .replace("(@oicheryl)", "(https://twitter.com/oicheryl)")
        .replace("(events@example.com)", "(mailto:events@example.com)")
        // The old site lacked this photo too: the image is taken out, which npm run check would refuse.
        .replace("![Gone](/images/never-uploaded.jpg)", ""),
    );
    const code = readFileSync(path.join(target.postsDir, "2017-08-01-code.markdown"), "utf8");
    assert.match(code, /^---\ntitle: Code\nredirect_from:\n {2}- \/code-post\/\n---\n/);
    assert.match(code, /\n```yaml\nkind: Pod\n```\n/);
    assert.match(code, /See \[July\]\(\/posts\/july-meetup\/\) and \.\n<p>Live<\/p>\n/);
    // Two posts with one title on different dates: the later one is renamed and keeps its old URL.
    assert.match(
      readFileSync(path.join(target.postsDir, "2016-03-09-testing-2016.md"), "utf8"),
      /redirect_from:\n {2}- \/2016\/03\/testing\/\n/,
    );
    assert.ok(existsSync(path.join(target.publicDir, "images/2017-07-hero.jpg")));
    assert.deepEqual(report.imagesCopied.sort(), [
      "/community/pics/speak.jpg",
      "/images/2017-07-hero.jpg",
      "/images/Cloud Native London July.png",
    ]);
  });

  it("carries pages, short links, archive pages and includes over, leaving form embeds to the site's form buttons", () => {
    const { site, target } = makeSite();
    const report = importJekyllSite(site, target);
    const page = (name: string) => readFileSync(path.join(target.pagesDir, name), "utf8");

    assert.deepEqual(report.pages, [
      "content/pages/about.md",
      "content/pages/community/index.md",
      "content/pages/community/speak.md",
    ]);
    assert.deepEqual(report.shortLinks, ["content/pages/archive/events.md", "content/pages/community/chat.md"]);
    assert.equal(
      page("about.md"),
      "---\ntitle: About\nredirect_from:\n  - /me/\n  - /bio.html\n---\n\nHi.\n\n" +
        '<script src="https://form.jotform.com/jsform/123456"></script>\n\n',
    );
    assert.equal(
      page("community/index.md"),
      '---\ntitle: Community\n---\n<article><h2>Speak</h2><a href="/community/speak"><img src="/community/pics/speak.jpg"></a></article>\n',
    );
    assert.equal(
      page("community/chat.md"),
      "---\npermalink: /chat/\nredirect_to:\n  - https://slack.example.com/join\n---\n",
    );
    assert.equal(page("archive/events.md"), "---\npermalink: /archive/events/\nredirect_to: /archive/2017/\n---\n");
    assert.equal(existsSync(path.join(target.pagesDir, "notes")), false, "excluded in _config.yml");
  });

  it("reports every change and everything left behind, then four closing lines", () => {
    const { site, target } = makeSite();
    const text = formatImportReport(importJekyllSite(site, target), site);
    const lines = text.split("\n");
    const expected = [
      "  posts/2016-03-09-testing-2016.md: file renamed from 2016-03-09-testing.md (_posts/2015-03-11-testing.md has the same title slug; Jekyll told them apart by date)",
      "  posts/2016-03-09-testing-2016.md:1: old URL /2016/03/testing/ kept in redirect_from",
      "  posts/2017-07-05-July-Meetup.md:13: todogroup.org -> https://todogroup.org",
      "  posts/2017-07-05-July-Meetup.md:13: @oicheryl -> https://twitter.com/oicheryl",
      "  posts/2017-07-05-July-Meetup.md:13: events@example.com -> mailto:events@example.com",
      "  posts/2017-08-01-code.markdown:7: {% highlight yaml %} … -> ```yaml …",
      "  posts/2017-08-01-code.markdown:11: {% post_url 2017-07-05-July-Meetup %} -> /posts/july-meetup/",
      '  posts/2017-08-01-code.markdown:12: {% if jekyll.environment == "production" %}<p>Live</p>{% else %}<p>Local</p>{% endif %} -> <p>Live</p>',
      '  content/pages/community/index.md:2: title: "Community" made from the page, which had none',
      `  posts/2017-07-05-July-Meetup.md:17: /images/never-uploaded.jpg is not in the Jekyll site (${site}/images/never-uploaded.jpg): taken out`,
      "  posts/2017-07-05-July-Meetup.md: comments: this site has no such field (a warning in npm run check)",
      "  posts/2017-08-01-code.markdown:11: Liquid {% include footer.html %} (_includes/footer.html is not in the Jekyll site): taken out, replace it by hand",
      '  content/pages/about.md:11: <script src="https://example.com/pay.js"></script> (a script from https://example.com/pay.js: scripts from content never run here; add a link to the service\'s own page by hand): taken out, replace it by hand',
      "  _posts/2017-10-01-old.html: not imported: an HTML post: convert it to Markdown by hand",
      "  _drafts/idea.md: Jekyll drafts are not imported: give the file a date in its name and published: false, then import it",
      "  404.md: the not-found page: this site shows its own (app/not-found.tsx) for every missing address",
    ];
    for (const line of expected) assert.ok(lines.includes(line), `missing: ${line}\nin:\n${text}`);
    assert.deepEqual(lines.slice(-4), [
      "Imported: 5 posts, 3 pages, 5 redirects, 2 short links.",
      "Files rewritten: 5 (13 changes).",
      "Not carried over: 7 (1 missing in the old site itself).",
      "Old URLs answered: 12 of 12 found.",
    ]);
  });

  it("never overwrites: a second run changes nothing, and a post edited since is left alone", () => {
    const { site, target } = makeSite();
    importJekyllSite(site, target);
    const edited = path.join(target.postsDir, "2017-09-01-draft.md");
    writeFileSync(edited, "---\ntitle: Edited here\n---\n");
    const again = importJekyllSite(site, target);
    assert.deepEqual(again.imported, []);
    assert.equal(again.unchanged.length, 4 + 5, "every other post and page");
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

  it("reads nothing through a link in Jekyll's own files: _config.yml, an include, _drafts/ and _includes/", () => {
    const { site, target } = makeSite();
    const secret = path.join(path.dirname(site), "secret.html");
    writeFileSync(secret, "<p>PASSWORD</p>\npermalink: /:title/\n");
    rmSync(path.join(site, "_config.yml"));
    symlinkSync(secret, path.join(site, "_config.yml"));
    symlinkSync(secret, path.join(site, "_includes/footer.html"));
    rmSync(path.join(site, "_drafts"), { recursive: true });
    symlinkSync(path.dirname(site), path.join(site, "_drafts"));
    const report = importJekyllSite(site, target);
    const written = readdirSync(target.postsDir).map((name) => readFileSync(path.join(target.postsDir, name), "utf8"));
    const output = formatImportReport(report, site);
    assert.ok(!written.join("\n").includes("PASSWORD") && !output.includes("PASSWORD"), output);
    assert.equal(report.permalink, "date", "the linked _config.yml's permalink is not read");
    for (const named of [
      "_config.yml is a symbolic link",
      "_includes/footer.html is a symbolic link",
      "_drafts: not read: it is a symbolic link",
    ])
      assert.ok(output.includes(named), `${named}\n${output}`);
  });

  it("refuses a folder that is not a Jekyll site", () => {
    const empty = temporaryFolder("cnl-empty-");
    assert.throws(
      () => importJekyllSite(empty, { postsDir: empty, publicDir: empty, pagesDir: empty, pagesLabel: "pages" }),
      /has no _posts\/ folder/,
    );
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
        pagesDir: path.join(root, "pages"),
        pagesLabel: "pages",
      });
      assert.equal(report.imported.length, 8);
      // Byte for byte, but for the photos the samples lack, which are taken out and reported.
      const lacking = new Set(report.imagesMissing.map((note) => note.file));
      for (const name of readdirSync(SAMPLES)) {
        const imported = readFileSync(path.join(root, "posts", name), "utf8");
        if (lacking.has(`posts/${name}`)) assert.doesNotMatch(imported, /!\[[^\]]*\]\(\{\{site\.baseurl\}\}\/images\//);
        else assert.equal(imported, readFileSync(path.join(SAMPLES, name), "utf8"));
      }
      assert.deepEqual(report.drafts, ["posts/2020-09-11-cncf-end-user-tech-radar-october-2020.md"]);
      assert.equal(report.redirects.length, 5);
      assert.deepEqual(report.rewritten, []);
      assert.ok(report.imagesMissing.some((note) => note.text.startsWith("/images/Cloud Native London July.png")));
    },
  );
});
