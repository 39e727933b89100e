import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatProblem } from "../content/content-error";
import { buildRedirects } from "../redirects/redirects";
import { readPageFile } from "./page-file";
import { checkPagePermalinks } from "./page-conflicts";

const reserved = new Map<string, string>();

function shortLink(relative: string, frontMatter: string) {
  const { page, problems } = readPageFile(`content/pages/${relative}`, relative, `---\n${frontMatter}\n---\n`);
  assert.ok(page, problems.map(formatProblem).join("\n"));
  return page;
}

describe("short links under the site's own routes", () => {
  it("may keep an old archive URL the site has no page at, leading to the tag page", () => {
    const meetup = shortLink("archive/meetup.md", "permalink: /archive/meetup/\nredirect_to: /tags/meetup/");
    assert.deepEqual(checkPagePermalinks([meetup], reserved), []);
    const { redirects, problems } = buildRedirects({
      posts: [],
      pages: [meetup],
      sitePaths: new Set(["/", "/archive/", "/archive/2018/", "/tags/meetup/"]),
      siteRedirects: {},
      legacyPermalinks: false,
      settingsFile: { path: "lib/site.ts", text: "" },
    });
    assert.deepEqual(problems, []);
    assert.deepEqual(
      redirects.map(({ from, to }) => [from, to]),
      [["/archive/meetup/", "/tags/meetup/"]],
    );
  });

  it("are refused where the site has a page, by the redirect table", () => {
    const year = shortLink("archive/2018.md", "permalink: /archive/2018/\nredirect_to: /tags/2018/");
    const { problems } = buildRedirects({
      posts: [],
      pages: [year],
      sitePaths: new Set(["/archive/2018/", "/tags/2018/"]),
      siteRedirects: {},
      legacyPermalinks: false,
      settingsFile: { path: "lib/site.ts", text: "" },
    });
    assert.deepEqual(problems.map(formatProblem), [
      'content/pages/archive/2018.md:3: redirect_to: "/archive/2018/" is a page of this site (a path no page uses: a redirect there would hide the page)',
    ]);
  });
});
