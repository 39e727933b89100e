import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { expandPagePermalink } from "../../../lib/redirects/jekyll-permalinks";
import { fixSchemelessUrl, rewriteLinks } from "./link-rewrites";

describe("links written without a scheme", () => {
  it("get one when they are plainly a domain, an email address or a handle", () => {
    assert.equal(fixSchemelessUrl("todogroup.org"), "https://todogroup.org");
    assert.equal(fixSchemelessUrl("www.cncf.io/blog/x"), "https://www.cncf.io/blog/x");
    assert.equal(fixSchemelessUrl("events@example.com"), "mailto:events@example.com");
    assert.equal(fixSchemelessUrl("@oicheryl"), "https://twitter.com/oicheryl");
    // Endings from the Public Suffix List, however uncommon: not a hand-kept list of a few.
    for (const host of ["kubecon.events/eu", "cloud.native.london", "gitops.tech", "example.co.uk:8080/x"])
      assert.equal(fixSchemelessUrl(host), `https://${host}`, host);
  });

  it("are fixed in reference-style definitions and HTML links as in inline ones", () => {
    const text = '[talk][1] and <a href="kubecon.events">KubeCon</a>\n\n[1]: gitops.tech "GitOps"\n[2]: <notes.pdf>\n';
    assert.equal(
      rewriteLinks(text, 1, "/2019/01/post/").text,
      '[talk][1] and <a href="https://kubecon.events">KubeCon</a>\n\n[1]: https://gitops.tech "GitOps"\n[2]: </2019/01/post/notes.pdf>\n',
    );
  });

  it("are left for npm run check when they may be files or pages next to the old page", () => {
    for (const value of [
      "about.html",
      "slides.pdf",
      "setup.py",
      "photo.JPG",
      "speak",
      "a.b",
      "localhost",
      "../archive/",
      "#top",
      "mailto:x@y.z",
    ])
      assert.equal(fixSchemelessUrl(value), undefined, value);
  });

  it("are fixed in Markdown and HTML, with the line, but never inside code", () => {
    const text = "[a](todogroup.org)\n\n```\n[b](cncf.io)\n```\n<a href='pics/x.jpg'>x</a>\n";
    const { text: output, rewrites } = rewriteLinks(text, 5, "/community/");
    assert.equal(
      output,
      "[a](https://todogroup.org)\n\n```\n[b](cncf.io)\n```\n<a href='/community/pics/x.jpg'>x</a>\n",
    );
    assert.deepEqual(rewrites, [
      { line: 5, from: "todogroup.org", to: "https://todogroup.org" },
      { line: 10, from: "pics/x.jpg", to: "/community/pics/x.jpg" },
    ]);
  });
});

describe("a Jekyll page's old URL", () => {
  it("follows the site's permalink style, and an index gives its folder", () => {
    assert.equal(expandPagePermalink("pretty", "about.md"), "/about/");
    assert.equal(expandPagePermalink("date", "about.md"), "/about.html");
    assert.equal(expandPagePermalink("/:categories/:title/", "community/speak.md"), "/community/speak/");
    assert.equal(expandPagePermalink("/posts/:year-:title.html", "about.md"), "/about");
    assert.equal(expandPagePermalink("pretty", "community/index.md"), "/community/");
    assert.equal(expandPagePermalink("date", "files/cv.pdf"), "/files/cv.pdf");
  });
});
