import assert from "node:assert/strict";
import { cpSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { checkImport } from "./check-imported-site";
import { formatImportReport } from "./import-report";
import { importJekyllSite } from "./import-site";
import { temporaryFolder } from "../../test/support/test-scope";

const SITES = path.resolve("test/fixtures/jekyll-sites");
// What `npm run new-site` leaves: starter pages, which the old site's pages may cover.
const STARTER_PAGES = path.join(SITES, "starter-pages");

/** Import the fixture site `name` into a fresh site (starter pages only), then check it as npm run check does. */
function importIntoFreshSite(name: string) {
  const root = temporaryFolder(`cnl-import-${name}-`);
  const target = {
    postsDir: path.join(root, "posts"),
    publicDir: path.join(root, "public"),
    pagesDir: path.join(root, "pages"),
    pagesLabel: "pages",
  };
  cpSync(STARTER_PAGES, target.pagesDir, { recursive: true });
  const report = importJekyllSite(path.join(SITES, name), target);
  checkImport(report, target);
  return { report, text: formatImportReport(report, name), target };
}

describe("importing a Jekyll site into a fresh site", () => {
  for (const name of readdirSync(SITES).filter((entry) => entry !== "starter-pages")) {
    it(`${name}: npm run check finds no error in what the import wrote, and the build answers every old URL`, () => {
      const { report, text } = importIntoFreshSite(name);
      assert.deepEqual(report.check?.errors, [], text);
      assert.match(text.split("\n").at(-1) ?? "", /^npm run check: \d+ posts and \d+ pages checked: 0 errors, /);
      assert.deepEqual(
        report.oldUrls.filter((url) => !url.answered).map((url) => url.url),
        [],
        text,
      );
    });
  }

  it("decides, and says, what to do with each thing the site would refuse", () => {
    const { report, text, target } = importIntoFreshSite("riverside");
    const lines = text.split("\n");
    const has = (pattern: RegExp) =>
      assert.ok(
        lines.some((line) => pattern.test(line)),
        `${pattern}\nin:\n${text}`,
      );
    // Pages at the site's own routes are answered by them; one below a route moves beside it.
    has(/^ {2}events\.md: the site's own \/events\/ answers \/events\/: the old page's content is not carried over$/);
    has(/^ {2}search\.html: the site's own \/search\/ answers \/search\//);
    has(
      /^ {2}pages\/events\/2019\.md: \/events\/2019\/ is under a folder of the site's own pages: the page is at \/events-2019\//,
    );
    has(/^ {2}letsencrypt\.md: \/\.well-known\/acme-challenge\/Xk2z_token\/: an ACME challenge/);
    // The same old path claimed by two posts: the first keeps it.
    has(
      /^ {2}posts\/2019-04-03-april-meetup\.markdown: redirect_from \/march\/ dropped: it is taken by posts\/2019-03-06-march-meetup\.md already$/,
    );
    has(/^ {2}posts\/2019-03-06-march-meetup\.md: tags "-", "\{\{", "#" dropped: no letters or digits/);
    has(/^ {2}posts\/2019-04-03-april-meetup\.markdown: tags "\.\.\." dropped/);
    has(/^ {2}_talks\/: a collection/);
    has(/^ {2}_data\/: Jekyll's data files/);
    has(/^ {2}_drafts\/idea\.md: Jekyll drafts are not imported/);
    has(
      /^ {2}posts\/2019-04-03-april-meetup\.markdown:9: Liquid \{% include talk-card\.html title=page\.title speaker="Ada" %\} \(its values title come from Liquid variables\)/,
    );
    // The starter pages that cover what the old site's pages cover give way, and their paths lead there.
    has(/^ {2}pages\/about\.md: replaced by the old site's page of the same name: the old site's content wins$/);
    has(
      /^ {2}pages\/speak\.md: replaced by pages\/about\.md, which covers the same thing.*\/speak\/, \/cnl-speak\/ now lead there$/,
    );
    assert.ok(report.replaced.length === 2, text);
    // Two spellings of one tag page take the first post's; a post's permalink at a route is the route's.
    has(
      /^ {2}posts\/2019-05-01-may-social\.md: tag "Cloud Native" written "cloud-native": both are \/tags\/cloud-native\/$/,
    );
    has(
      /^ {2}posts\/2019-05-01-may-social\.md: redirect_from \/search\/ dropped: it is the site's own \/search\/, which answers it$/,
    );
    has(
      /^ {2}posts\/2019-05-01-may-social\.md:\d+: \/assets\/never-uploaded-hero\.jpg is not in the Jekyll site .*: taken out$/,
    );
    assert.doesNotMatch(readFileSync(path.join(target.postsDir, "2019-05-01-may-social.md"), "utf8"), /^image:/m);
    const march = readFileSync(path.join(target.postsDir, "2019-03-06-march-meetup.md"), "utf8");
    for (const url of [
      "(https://riverside.london)",
      'href="https://kubecon.events/eu"',
      "(https://cloud.native.guide/slides)",
      '[venue]: https://venue.example.co.uk/find-us "Find us"',
    ])
      assert.ok(march.includes(url), `${url} in\n${march}`);
    assert.match(march, /^tags:\n {2}- kubernetes\n/m);
    assert.match(readFileSync(path.join(target.pagesDir, "about.md"), "utf8"), /^nav:/m, "the starter's menu entry");
  });
});
