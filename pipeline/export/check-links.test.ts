import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { checkLinksStep, findBrokenExportLinks } from "./check-links";
import { temporaryFolder } from "../../test/support/test-scope";

/** A tiny export: files by path, under a fresh folder. */
function exportFolder(files: Record<string, string>): string {
  const siteDir = temporaryFolder("cnl-links-");
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(siteDir, file)), { recursive: true });
    writeFileSync(path.join(siteDir, file), text);
  }
  return siteDir;
}

const html = (body: string) => `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;

describe("the link check", () => {
  it("finds broken pages, images, feeds, calendar and sitemap URLs, and never fetches external links", () => {
    const siteDir = exportFolder({
      "index.html": html(
        [
          '<a href="/posts/a/">fine</a>',
          '<a href="/posts/gone/">gone</a>',
          '<img src="/images/missing.jpg" alt="">',
          '<link rel="alternate" type="application/atom+xml" href="/feed.xml">',
          '<a href="https://cloudnative.london/posts/moved/">absolute</a>',
          // Unresolvable on purpose: fetched, it would be reported broken.
          '<a href="https://unreachable.invalid/">external</a><a href="mailto:x@example.com">mail</a>',
        ].join(""),
      ),
      "posts/a/index.html": html('<a href="/">home</a><img src="/images/there.jpg" alt="">'),
      "images/there.jpg": "jpeg",
      "sitemap.xml":
        "<urlset><url><loc>https://cloudnative.london/posts/a/</loc></url><url><loc>https://cloudnative.london/posts/b/?x=1&amp;y=2</loc></url></urlset>",
      "events.ics":
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nURL:https://cloudnative.london/posts/a/\r\nDESCRIPTION:Talks\\, then https://cloudnative.london/posts/\r\n ical/\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    });
    assert.deepEqual(findBrokenExportLinks(siteDir, "", "https://cloudnative.london"), [
      { page: "/", link: "/feed.xml" },
      { page: "/", link: "/images/missing.jpg" },
      { page: "/", link: "/posts/gone/" },
      { page: "/", link: "/posts/moved/" },
      { page: "/events.ics", link: "/posts/ical/" },
      { page: "/sitemap.xml", link: "/posts/b/?x=1&y=2" },
    ]);
  });

  it("checks a site built below a base path against its own URLs", () => {
    const siteDir = exportFolder({
      "index.html": html('<a href="/cnl/posts/a/">a</a><a href="/posts/a/">missing the base path</a>'),
      "posts/a/index.html": html('<a href="/cnl/">home</a>'),
    });
    assert.deepEqual(findBrokenExportLinks(siteDir, "/cnl", "https://example.github.io"), [
      { page: "/cnl/", link: "/posts/a/" },
    ]);
  });

  it("checks the site's URLs in JSON-LD and refresh redirects, and answers paths as a static host does", () => {
    const siteDir = exportFolder({
      "index.html": html(
        [
          '<script type="application/ld+json">{"url":"https://cloudnative.london/posts/a/","image":"https://cloudnative.london/og/x.png"}</script>',
          '<a href="posts/a">relative, no slash</a><a href="/posts/a/index.html">file</a><a href="/posts/a/#talks">fragment</a>',
        ].join(""),
      ),
      "old/index.html": '<meta http-equiv="refresh" content="0; url=/gone/">',
      "posts/a/index.html": html(""),
    });
    assert.deepEqual(findBrokenExportLinks(siteDir, "", "https://cloudnative.london"), [
      { page: "/", link: "/og/x.png" },
      { page: "/old/", link: "/gone/" },
    ]);
  });

  it("follows srcset, meta refresh, Open Graph and JSON-LD URLs and spaced file names, but not connection hints", () => {
    const siteDir = exportFolder({
      "index.html": html(
        [
          '<img src="/images/my%20photo.jpg" srcset="/images/small.jpg 1x, /images/big.jpg 2x" alt="">',
          '<meta property="og:image" content="https://cloudnative.london/og/site.png">',
          '<link rel="preconnect" href="/not-a-page/">',
          '<script type="application/ld+json">{"url":"https:\\/\\/cloudnative.london\\/about\\/","logo":"https://cloudnative.london/icon.svg"}</script>',
          '<a href="posts/a/#talks">relative, with a fragment</a>',
        ].join(""),
      ),
      "old/index.html": html('<meta http-equiv="refresh" content="0; url=/posts/moved/">'),
      "posts/a/index.html": html(""),
      "images/my photo.jpg": "jpeg",
      "images/small.jpg": "jpeg",
      "icon.svg": "<svg/>",
    });
    assert.deepEqual(findBrokenExportLinks(siteDir, "", "https://cloudnative.london"), [
      { page: "/", link: "/about/" },
      { page: "/", link: "/images/big.jpg" },
      { page: "/", link: "/og/site.png" },
      { page: "/old/", link: "/posts/moved/" },
    ]);
  });

  it("takes each page's links from the page pass, and stops for a page written after it", () => {
    const siteDir = exportFolder({ "index.html": html('<a href="/nowhere/">x</a>'), "posts/a/index.html": html("") });
    const targets = new Map([
      ["index.html", ["/gone/"]],
      ["posts/a/index.html", ["/"]],
    ]);
    assert.deepEqual(findBrokenExportLinks(siteDir, "", "https://cloudnative.london", targets), [
      { page: "/", link: "/gone/" },
    ]);
    assert.throws(
      () => findBrokenExportLinks(siteDir, "", "https://cloudnative.london", new Map([["index.html", []]])),
      /^Error: posts\/a\/index.html was written after the page pass/,
    );
  });

  it("stops the build with a message naming each page and link", async () => {
    const siteDir = exportFolder({ "index.html": html('<a href="/nowhere/">x</a>') });
    await assert.rejects(async () => checkLinksStep.run(siteDir), {
      message: "1 broken internal link:\n  / links to /nowhere/ (404)",
    });
  });
});
