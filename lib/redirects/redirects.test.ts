import assert from "node:assert/strict";
import path from "node:path";
import { describe, it } from "node:test";
import { ContentError, formatProblem } from "../content/content-error";
import { getAllPostsIncludingHidden, readPostCollection } from "../collection/posts";
import { buildRedirects, checkRedirectsOf, getNextRedirects, getRedirectTable, type RedirectInput } from "./redirects";
import { getSitePaths } from "../lists/site-paths";
import { post, setEnv, setPosts, temporaryFolder, writePosts } from "../../test/support/test-helpers";

// These tests build sites of their own posts only; the project's pages (content/pages/) stay out.
setEnv({ PAGES_DIR: path.join(temporaryFolder("cnl-no-pages-"), "no-pages") });

type Settings = Partial<Pick<RedirectInput, "siteRedirects" | "legacyPermalinks" | "settingsFile">>;

/** Build the table from these posts and settings; file names in messages read posts/<file> as editors see them. */
function build(files: Record<string, string>, settings: Settings = {}) {
  const directory = writePosts(files);
  setEnv({ POSTS_DIR: directory });
  const { redirects, problems } = buildRedirects({
    posts: getAllPostsIncludingHidden(),
    sitePaths: getSitePaths(),
    siteRedirects: {},
    legacyPermalinks: false,
    settingsFile: { path: "lib/site.ts", text: "" },
    ...settings,
  });
  const shown = `${path.relative(process.cwd(), directory)}/`;
  return {
    table: redirects.map(({ from, to }) => [from, to]),
    messages: problems.map((problem) => formatProblem(problem).replaceAll(shown, "posts/")),
  };
}

const OCTOBER = post("title: October\nredirect_from: /Cloud-Native-London-Oct-2018/");

describe("the redirect table", () => {
  it("maps each redirect_from, one path or a list, to the post's page, keeping letter case", () => {
    const { table, messages } = build({
      "2018-10-09-october.md": OCTOBER,
      "2018-11-07-november.md": post(
        "title: November\nredirect_from:\n  - Cloud-Native-London-Nov-2018\n  - /nov.html",
      ),
    });
    assert.deepEqual(messages, []);
    assert.deepEqual(table, [
      ["/Cloud-Native-London-Nov-2018/", "/posts/november/"],
      ["/nov.html", "/posts/november/"],
      ["/Cloud-Native-London-Oct-2018/", "/posts/october/"],
    ]);
  });

  it("sends a moved post's own page and its old paths straight to where it went, and skips drafts", () => {
    const { table, messages } = build({
      "2019-01-01-gone.md": post("title: Gone\nredirect_to: https://example.com/gone\nredirect_from: /old-gone/"),
      "2019-01-02-draft.md": post("title: Draft\npublished: false\nredirect_from: /draft-old/"),
    });
    assert.deepEqual(messages, []);
    assert.deepEqual(table, [
      ["/posts/gone/", "https://example.com/gone"],
      ["/old-gone/", "https://example.com/gone"],
    ]);
    assert.equal(getSitePaths().has("/posts/gone/"), false);
  });

  it("adds site-level redirects, and each post's Jekyll URL in the site's time zone when asked", () => {
    const { table, messages } = build(
      {
        // 00:30 in London on 9 October is still 8 October in UTC: the old URL used the London date.
        "2018-10-09-october.md": post("title: October\ndate: 2018-10-09 00:30"),
        "2019-01-01-gone.md": post("title: Gone\nredirect_to: https://example.com/gone"),
      },
      {
        siteRedirects: { "/join": "/posts/october/#rsvp", "/slack/": "https://slack.cncf.io/" },
        legacyPermalinks: true,
      },
    );
    assert.deepEqual(messages, []);
    assert.deepEqual(table, [
      ["/join/", "/posts/october/#rsvp"],
      ["/slack/", "https://slack.cncf.io/"],
      ["/posts/gone/", "https://example.com/gone"],
      ["/2019/01/01/gone/", "https://example.com/gone"],
      ["/2018/10/09/october/", "/posts/october/"],
    ]);
  });

  it("lets a post list its own old Jekyll URL without a conflict", () => {
    const { table, messages } = build(
      { "2018-10-09-october.md": post("title: October\nredirect_from: /2018/10/09/october/") },
      { legacyPermalinks: true },
    );
    assert.deepEqual(messages, []);
    assert.deepEqual(table, [["/2018/10/09/october/", "/posts/october/"]]);
  });

  it("keeps a capitalised file name's own URLs: /posts/<Name>/ and its Jekyll URL, case kept", () => {
    const { table, messages } = build(
      { "2019-07-03-July-2019-Suade-Labs.md": post("title: July") },
      { legacyPermalinks: true },
    );
    assert.deepEqual(messages, []);
    assert.deepEqual(table, [
      ["/2019/07/03/July-2019-Suade-Labs/", "/posts/july-2019-suade-labs/"],
      ["/posts/July-2019-Suade-Labs/", "/posts/july-2019-suade-labs/"],
    ]);
    // Next matches redirects in any letter case: there the alias would send the page to itself.
    assert.deepEqual(
      getNextRedirects().map((redirect) => redirect.source),
      [],
    );
  });

  it("follows the old site's own permalink setting, whatever its pattern", () => {
    const files = {
      "2018-10-09-October-Meetup.md": post("title: October\ncategories: [Events, London]\ndate: 2018-10-09 18:30"),
    };
    const urls = (setting: string) => build(files, { legacyPermalinks: setting }).table[0]?.[0];
    assert.equal(urls("pretty"), "/events/london/2018/10/09/October-Meetup/");
    assert.equal(urls("date"), "/events/london/2018/10/09/October-Meetup.html");
    assert.equal(urls("ordinal"), "/events/london/2018/282/October-Meetup.html");
    assert.equal(urls("none"), "/events/london/October-Meetup.html");
    assert.equal(urls("/:categories/:title/"), "/events/london/October-Meetup/");
    assert.equal(urls("/posts/:year-:month-:day-:title.html"), "/posts/2018-10-09-October-Meetup.html");
    assert.equal(urls("/:short_year/:i_month/:i_day/:slug/"), "/18/10/9/october-meetup/");
    assert.equal(urls("/blog/:year/:hour:minute/:title_/"), "/blog/2018/1830/October-Meetup_/");
  });

  it("gives Next's redirects() the table, permanent, with pattern characters escaped", () => {
    setPosts({
      "2018-10-09-october.md": OCTOBER,
      "2019-01-01-gone.md": post("title: Gone\nredirect_to: https://example.com/a:b(c)"),
    });
    assert.deepEqual(getNextRedirects(), [
      { source: "/posts/gone/", destination: "https://example.com/a\\:b\\(c\\)", permanent: true },
      { source: "/Cloud-Native-London-Oct-2018/", destination: "/posts/october/", permanent: true },
    ]);
  });
});

describe("redirect errors that stop the build", () => {
  it("refuses two posts claiming one old path, in any letter case, naming both files and lines", () => {
    const { messages } = build({
      "2018-10-09-october.md": OCTOBER,
      "2018-11-07-november.md": post(
        "title: November\ndescription: x\nredirect_from: [/a/, /cloud-native-london-oct-2018]",
      ),
    });
    assert.deepEqual(messages, [
      'posts/2018-10-09-october.md:3: redirect_from: "/Cloud-Native-London-Oct-2018/" is also claimed by posts/2018-11-07-november.md:4 as "/cloud-native-london-oct-2018/" (each old path can redirect to one place: keep it in one file)',
    ]);
  });

  it("refuses an old path that is a page of the site, naming the post whose page it is", () => {
    const { messages } = build(
      {
        "2018-10-09-october.md": post(
          "title: October\ntags: [Meetup]\nredirect_from:\n  - /tags/meetup\n  - /Posts/November/",
        ),
        "2018-11-07-november.md": post("title: November"),
      },
      { siteRedirects: { "/": "/posts/october/" }, settingsFile: { path: "lib/site.ts", text: 'a\n  "/": "x",\n' } },
    );
    assert.deepEqual(messages, [
      'lib/site.ts:2: redirects["/"]: "/" is a page of this site (a path no page uses: a redirect there would hide the page)',
      'posts/2018-10-09-october.md:5: redirect_from: "/tags/meetup/" is a page of this site (a path no page uses: a redirect there would hide the page)',
      'posts/2018-10-09-october.md:6: redirect_from: "/Posts/November/" is a page of this site, the page of posts/2018-11-07-november.md (a path no page uses: a redirect there would hide the page)',
    ]);
  });

  it("refuses a chain, naming where the next hop is declared", () => {
    const { messages } = build(
      { "2018-10-09-october.md": OCTOBER },
      {
        siteRedirects: { "/cnl-oct/": "/Cloud-Native-London-Oct-2018/" },
        settingsFile: { path: "lib/site.ts", text: 'redirects: {\n  "/cnl-oct/": "/Cloud-Native-London-Oct-2018/",\n' },
      },
    );
    assert.deepEqual(messages, [
      'lib/site.ts:2: redirects["/cnl-oct/"]: "/cnl-oct/" redirects to "/Cloud-Native-London-Oct-2018/", which redirects again (posts/2018-10-09-october.md:3) (point it straight at "/posts/october/")',
    ]);
  });

  it("refuses a loop, on each of its redirects", () => {
    const { messages } = build(
      { "2018-10-09-october.md": post("title: October") },
      { siteRedirects: { "/a/": "/b/", "/b/": "/a/" }, settingsFile: { path: "lib/site.ts", text: '"/a/"\n"/b/"' } },
    );
    assert.deepEqual(messages, [
      'lib/site.ts:1: redirects["/a/"]: "/a/" is part of a redirect loop: "/a/" (lib/site.ts:1) → "/b/" (lib/site.ts:2) → "/a/" (redirects that end on a page)',
      'lib/site.ts:2: redirects["/b/"]: "/b/" is part of a redirect loop: "/b/" (lib/site.ts:2) → "/a/" (lib/site.ts:1) → "/b/" (redirects that end on a page)',
    ]);
  });

  it("refuses a moved post that points back at its own page", () => {
    const { messages } = build({
      "2019-01-01-gone.md": post("title: Gone\n\nredirect_to: https://cloudnative.london/posts/gone/"),
    });
    assert.deepEqual(messages, [
      'posts/2019-01-01-gone.md:4: redirect_to: "/posts/gone/" is part of a redirect loop: "/posts/gone/" (posts/2019-01-01-gone.md:4) → "/posts/gone/" (redirects that end on a page)',
    ]);
  });

  it("refuses a target that is neither a page of the site nor an http(s) URL", () => {
    const { messages } = build(
      { "2018-10-09-october.md": post("title: October") },
      {
        siteRedirects: { "/a/": "posts/october/", "/b/": "/posts/nowhere/", "/c/": "ftp://example.com/" },
        settingsFile: { path: "lib/site.ts", text: "redirects: {" },
      },
    );
    const expected = "(a page of this site such as /posts/<slug>/, or an http(s) URL)";
    assert.deepEqual(messages, [
      `lib/site.ts:1: redirects["/a/"]: target "posts/october/" is neither a site path nor an http(s) URL ${expected}`,
      `lib/site.ts:1: redirects["/c/"]: target "ftp://example.com/" is neither a site path nor an http(s) URL ${expected}`,
      `lib/site.ts:1: redirects["/b/"]: target "/posts/nowhere/" of "/b/" is not a page of this site ${expected}`,
    ]);
  });

  it("refuses old paths that are URLs, climb out of the site, or are not pages a static host can serve", () => {
    const { messages, table } = build({
      "2018-10-09-october.md": post(
        "title: October\nredirect_from:\n  - https://old.example.com/x/\n  - /a/../../etc/\n  - /feed.xml\n  - /_redirects\n  - /ok/",
      ),
    });
    const expected = "(a site path such as /old-url/ or /old-page.html, of letters, digits and - . _ ~)";
    assert.deepEqual(messages, [
      `posts/2018-10-09-october.md:4: redirect_from: "https://old.example.com/x/" is not a path on this site ${expected}`,
      `posts/2018-10-09-october.md:5: redirect_from: "/a/../../etc/" is not a path on this site ${expected}`,
      `posts/2018-10-09-october.md:6: redirect_from: "/feed.xml" is not a path on this site ${expected}`,
      `posts/2018-10-09-october.md:7: redirect_from: "/_redirects" is not a path on this site ${expected}`,
    ]);
    assert.deepEqual(table, [["/ok/", "/posts/october/"]]);
  });

  it("stops the check and the build through checkRedirectsOf and getRedirectTable", () => {
    const directory = writePosts({
      "2018-10-09-october.md": OCTOBER,
      "2018-11-07-november.md": post("title: November\nredirect_from: /Cloud-Native-London-Oct-2018/"),
    });
    setEnv({ POSTS_DIR: directory });
    const messages = checkRedirectsOf(readPostCollection(directory)).map(formatProblem);
    assert.equal(messages.length, 1);
    assert.match(messages[0] ?? "", /october\.md:3: redirect_from: .* is also claimed by .*november\.md:3/);
    assert.throws(getRedirectTable, ContentError);
  });

  it("waits for the posts themselves to be valid before checking redirects", () => {
    const directory = writePosts({ "2018-10-09-october.md": "---\ntitle: [broken\n---\n" });
    assert.deepEqual(checkRedirectsOf(readPostCollection(directory)), []);
  });
});
