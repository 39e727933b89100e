import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { renderHtml, renderMarkdown } from "./pipeline";

const html = (markdown: string) => renderHtml(renderMarkdown(markdown).tree);

describe("paths with spaces, as kramdown read them", () => {
  it("turns an image whose path has spaces into an image, reporting it on its own line", () => {
    const { tree, problems } = renderMarkdown("Intro\n\n![Cloud Native London](/images/Cloud Native London July.png)");
    assert.match(
      renderHtml(tree),
      /<img src="\/images\/Cloud%20Native%20London%20July\.png" alt="Cloud Native London"/,
    );
    assert.deepEqual(
      problems.map((problem) => [problem.line, problem.message]),
      [[3, "image /images/Cloud Native London July.png is not in public/"]],
    );
  });

  it("turns a link with spaces and a title into a link, amid other text", () => {
    assert.equal(
      html('See [the slides](/files/My Slides.pdf "Slides") and [more](/posts/x/).'),
      '<p>See <a href="/files/My%20Slides.pdf" title="Slides">the slides</a> and <a href="/posts/x/">more</a>.</p>',
    );
  });

  it("leaves code, other hosts and text that only looks similar alone", () => {
    assert.equal(html("`![x](/a b.png)`"), "<p><code>![x](/a b.png)</code></p>");
    assert.equal(html("```\n![x](/a b.png)\n```"), '<pre tabindex="0"><code>![x](/a b.png)\n</code></pre>');
    assert.equal(
      html("[x](https://example.com/a b)"),
      '<p>[x](<a href="https://example.com/a">https://example.com/a</a> b)</p>',
    );
    assert.equal(html("Prices [in brackets] (and notes)"), "<p>Prices [in brackets] (and notes)</p>");
  });

  it("keeps normal Markdown images as they were", () => {
    assert.match(html("![Luke](/images/speakers/luke-addison.jpg)"), /src="\/images\/speakers\/luke-addison\.jpg"/);
    assert.match(html("![x](</images/a b.png>)"), /src="\/images\/a%20b\.png"/);
  });
});
