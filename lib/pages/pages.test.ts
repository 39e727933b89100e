import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { checkContent } from "../check/content-check";
import { ContentError, formatProblem } from "../content/content-error";
import { buildRedirects } from "../redirects/redirects";
import { readPageFile, type SitePage } from "./page-file";
import { checkPagePermalinks } from "./page-conflicts";
import { getNavLinks, getPageByPermalink, readPageCollection } from "./pages";
import { defaultPermalink } from "./permalinks";
import { setEnv, temporaryFolder, withEnv } from "../../test/support/test-scope";
import { OWNED_PATHS } from "../paths/owned-paths";
import { setFixtureSite } from "../../test/support/test-helpers";

// The fixture site's posts, pages, data and photos, not the project's own content.
setFixtureSite();

/** Read one page as content/pages/<relative>, the path editors see in messages. */
function read(relative: string, source: string) {
  const result = readPageFile(`content/pages/${relative}`, relative, source);
  return { page: result.page, lines: result.problems.map(formatProblem) };
}

function page(relative: string, source: string): SitePage {
  const { page: found, lines } = read(relative, source);
  assert.ok(found, lines.join("\n"));
  return found;
}

const reserved = new Map([["/posts/october/", "posts/2018-10-09-october.md"]]);

describe("page permalinks", () => {
  it("default to the file's path as a folder", () => {
    assert.equal(defaultPermalink("speak.md"), "/speak/");
    assert.equal(defaultPermalink("cloudnativelondon/index.md"), "/cloudnativelondon/");
    assert.equal(defaultPermalink("cloudnativelondon/speak.md"), "/cloudnativelondon/speak/");
    assert.equal(page("about.md", "---\ntitle: About\n---\nHello.\n").permalink, "/about/");
  });

  it("take a permalink as Jekyll wrote it, with or without slashes", () => {
    assert.equal(page("x.md", "---\ntitle: Speak\npermalink: cnl-speak\n---\nHi.\n").permalink, "/cnl-speak/");
    assert.equal(page("y.md", "---\ntitle: Bookme\npermalink: /bookme/\n---\nHi.\n").permalink, "/bookme/");
  });

  it("refuse a path the site cannot serve, and an .html file for a page with content, at the field's line", () => {
    assert.deepEqual(read("x.md", "---\ntitle: X\npermalink: /a b/\n---\nHi.\n").lines, [
      'content/pages/x.md:3: permalink: "/a b/" is not a path this site can serve (a site path such as /speak/ or /cloudnativelondon/, of letters, digits and - . _ ~)',
    ]);
    assert.match(
      read("x.md", "---\ntitle: X\npermalink: /x.html\n---\nHi.\n").lines.join(),
      /x\.md:3: permalink: "\/x\.html" names a file/,
    );
  });
});

describe("page front matter", () => {
  it("reads a short link with a list-form redirect_to as Jekyll does, and needs no title", () => {
    const slack = page(
      "cloudnativelondon/slack.md",
      "---\npermalink: /cnl-slack\nredirect_to:\n  - https://join.slack.com/t/x\n---\n",
    );
    assert.equal(slack.redirect_to, "https://join.slack.com/t/x");
    assert.equal(slack.permalink, "/cnl-slack/");
  });

  it("names the file, line and field of each error", () => {
    assert.deepEqual(read("speak.md", "---\ntitle: Speak\nnav: { label: Speak, menu: sidebar }\n---\nHi.\n").lines, [
      "content/pages/speak.md:3: nav.menu: is neither header nor footer ({ label: Speak, order: 2, menu: header or footer })",
    ]);
    assert.deepEqual(read("speak.md", "---\ndescription: No title\n---\nHi.\n").lines, [
      "content/pages/speak.md:1: title: is missing (text, e.g. title: Cloud Native London, October 2018)",
    ]);
  });

  it("renders the body through the posts' pipeline: no script survives", () => {
    const found = page("about.md", "---\ntitle: About\n---\nHello <script>alert(1)</script> **there**.\n");
    assert.doesNotMatch(JSON.stringify(found.body), /script|alert/);
    assert.match(JSON.stringify(found.body), /"strong"/);
  });
});

describe("page conflicts", () => {
  const about = () => page("about.md", "---\ntitle: About\n---\nHi.\n");

  it("refuses a page on a post's path, under a route, on the home page, or on another page's path", () => {
    const pages = [
      page("a.md", "---\ntitle: A\npermalink: /posts/october/\n---\nHi.\n"),
      page("b.md", "---\ntitle: B\npermalink: /tags/community/\n---\nHi.\n"),
      page("index.md", "---\ntitle: Home\n---\nHi.\n"),
      page("page2.md", "---\ntitle: Two\npermalink: /page/2/\n---\nHi.\n"),
      about(),
      page("about/index.md", "---\ntitle: About again\n---\nHi.\n"),
    ];
    const lines = checkPagePermalinks(pages, reserved).map(formatProblem);
    assert.equal(lines.length, 5, lines.join("\n"));
    assert.match(
      lines[0] ?? "",
      /^content\/pages\/a\.md:3: permalink: "\/posts\/october\/" is the page of posts\/2018-10-09-october\.md/,
    );
    assert.match(
      lines[1] ?? "",
      /^content\/pages\/b\.md:3: permalink: "\/tags\/community\/" takes \/tags\/, the tag pages/,
    );
    assert.match(lines[2] ?? "", /^content\/pages\/index\.md:1: file name: "\/" is the home page/);
    assert.match(lines[3] ?? "", /^content\/pages\/page2\.md:3: permalink: "\/page\/2\/" takes \/page\//);
    assert.match(
      lines[4] ?? "",
      /^content\/pages\/about\/index\.md:1: file name: "\/about\/" is also the permalink of content\/pages\/about\.md/,
    );
  });

  it("refuses every path the site owns, and one table holds each route of app/", () => {
    const owned = new Set(OWNED_PATHS.map((entry) => entry.path.replace(/^\/|\/$/g, "")));
    const routes = readdirSync("app", { withFileTypes: true }).filter((entry) => entry.isDirectory());
    for (const route of routes.filter((entry) => !/^[[(_@]/.test(entry.name)))
      assert.ok(owned.has(route.name), route.name);
    assert.equal(checkPagePermalinks([about()], reserved).length, 0);
    const taken = {
      "/404/": "/404/, Next's own output",
      "/sitemap.xml/": "/sitemap.xml, the sitemap",
      "/images/team/": "/images/, the photos of public/, served under the file policy",
      "/favicon.ico/": "/favicon.ico, the icon browsers ask for",
      "/robots.txt/": "/robots.txt, the robots file",
      "/team/logo.png/": "logo.png, a name of a file and not of a page",
    };
    const pages = Object.keys(taken).map((permalink, index) =>
      page(`p${index}.md`, `---\ntitle: P\npermalink: ${permalink}\n---\nHi.\n`),
    );
    assert.deepEqual(
      checkPagePermalinks(pages, reserved).map((problem) => problem.message),
      Object.entries(taken).map(([permalink, owner]) => `"${permalink}" takes ${owner}`),
    );
  });

  it("puts short links and redirect_from in the one redirect table, and refuses a redirect over a page", () => {
    const speak = page(
      "speak.md",
      "---\ntitle: Speak\nredirect_from: [/cnl-speak, /posts/how-to-give-your-first-talk/]\n---\nHi.\n",
    );
    const slack = page("slack.md", "---\npermalink: /cnl-slack\nredirect_to: https://slack.example/\n---\n");
    const { redirects, problems } = buildRedirects({
      posts: [],
      pages: [speak, slack],
      sitePaths: new Set(["/", "/speak/"]),
      siteRedirects: { "/speak/": "/" },
      legacyPermalinks: false,
      settingsFile: { path: "lib/site.ts", text: "" },
    });
    assert.deepEqual(
      redirects.map(({ from, to }) => [from, to]),
      [
        ["/speak/", "/"],
        ["/cnl-speak/", "/speak/"],
        ["/posts/how-to-give-your-first-talk/", "/speak/"],
        ["/cnl-slack/", "https://slack.example/"],
      ],
    );
    assert.deepEqual(problems.map(formatProblem), [
      'lib/site.ts:1: redirects["/speak/"]: "/speak/" is a page of this site, the page of content/pages/speak.md (a path no page uses: a redirect there would hide the page)',
      'content/pages/speak.md:3: redirect_from: "/cnl-speak/" redirects to "/speak/", which redirects again (lib/site.ts:1) (point it straight at "/")',
      'content/pages/speak.md:3: redirect_from: "/posts/how-to-give-your-first-talk/" redirects to "/speak/", which redirects again (lib/site.ts:1) (point it straight at "/")',
    ]);
  });

  it("refuses a page's old path that a post claims too", () => {
    const speak = page("speak.md", "---\ntitle: Speak\nredirect_from: /old/\n---\nHi.\n");
    const { problems } = buildRedirects({
      posts: [
        {
          file: "posts/2019-01-01-x.md",
          slug: "x",
          date: new Date(0),
          url: "/posts/x/",
          redirect_from: ["/old/"],
          lines: { redirect_from: 3 },
        },
      ],
      pages: [speak],
      sitePaths: new Set(["/", "/speak/", "/posts/x/"]),
      siteRedirects: {},
      legacyPermalinks: false,
      settingsFile: { path: "lib/site.ts", text: "" },
    });
    assert.deepEqual(problems.map(formatProblem), [
      'content/pages/speak.md:3: redirect_from: "/old/" is also claimed by posts/2019-01-01-x.md:3 (each old path can redirect to one place: keep it in one file)',
    ]);
  });
});

describe("the pages folder", () => {
  it("reads subfolders, warns about files that are not pages, and builds the nav from `nav`", () => {
    const directory = mkdtempSync(path.join(tmpdir(), "cnl-pages-"));
    mkdirSync(path.join(directory, "cloudnativelondon"));
    writeFileSync(
      path.join(directory, "cloudnativelondon/index.md"),
      "---\ntitle: Work with us\nnav: { label: Work with us, order: 3 }\n---\nHi.\n",
    );
    writeFileSync(
      path.join(directory, "conduct.md"),
      "---\ntitle: Code of conduct\nnav: { order: 1, menu: footer }\n---\nHi.\n",
    );
    writeFileSync(path.join(directory, "photo.jpg"), "");
    setEnv({ PAGES_DIR: directory });
    const { pages, problems } = readPageCollection(directory);
    assert.deepEqual(
      pages.map((found) => found.permalink),
      ["/cloudnativelondon/", "/conduct/"],
    );
    assert.match(problems.map(formatProblem).join(), /photo\.jpg:1: file: warning: is not a Markdown page/);
    // Settings' links are ordered 10, 20...: a page with order 3 comes first, one with no order (100) last.
    assert.deepEqual(getNavLinks("header")[0], { href: "/cloudnativelondon/", label: "Work with us", order: 3 });
    assert.deepEqual(getNavLinks("footer")[0], { href: "/conduct/", label: "Code of conduct", order: 1 });
  });

  it("under next dev, shows a broken page's errors at its path and serves the others; a build refuses them", () => {
    const directory = temporaryFolder("cnl-pages-");
    writeFileSync(path.join(directory, "speak.md"), "---\ntitle: [Speak\n---\nHi.\n");
    writeFileSync(path.join(directory, "venue.md"), "---\ntitle: Venue\n---\nHi.\n");
    setEnv({ PAGES_DIR: directory });
    withEnv({ NODE_ENV: "development" }, () => {
      assert.throws(
        () => getPageByPermalink("/speak/"),
        /speak\.md:2: title: opens a list with \[ that is never closed/,
      );
      assert.equal(getPageByPermalink("/venue/")?.title, "Venue");
      assert.equal(getPageByPermalink("/nowhere/"), undefined);
    });
    assert.throws(() => getPageByPermalink("/venue/"), ContentError);
  });
});

describe("npm run check", () => {
  it("checks pages with the posts: their permalinks and their links to site paths", () => {
    const directory = mkdtempSync(path.join(tmpdir(), "cnl-pages-"));
    writeFileSync(path.join(directory, "archive.md"), "---\ntitle: Old archive\npermalink: /archive/2019/\n---\nHi.\n");
    writeFileSync(path.join(directory, "team.md"), "---\ntitle: Team\nsections: [sponsor-tiers, organisers]\n---\n");
    setEnv({ PAGES_DIR: directory });
    const shown = path.relative(process.cwd(), directory);
    const lines = checkContent().problems.map((problem) => formatProblem(problem).replaceAll(shown, "content/pages"));
    assert.deepEqual(
      lines.filter((line) => line.startsWith("content/pages/")),
      [
        'content/pages/archive.md:3: permalink: "/archive/2019/" takes /archive/, the archive (a path the site does not use itself, such as /about/)',
      ],
    );

    rmSync(path.join(directory, "archive.md"));
    writeFileSync(path.join(directory, "links.md"), "---\ntitle: Links\n---\nSee [the talk](/posts/no-such-talk/).\n");
    const linked = checkContent().problems.map((problem) => formatProblem(problem).replaceAll(shown, "content/pages"));
    assert.ok(
      linked.includes(
        "content/pages/links.md:4: body: the link to /posts/no-such-talk/ leads to no page of this site (a path the site serves, such as /posts/<slug>/ or /tags/<tag>/, or a file in public/)",
      ),
      linked.join("\n"),
    );
  });
});
