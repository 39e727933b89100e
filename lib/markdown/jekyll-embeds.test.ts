import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { renderHtml, renderMarkdown } from "./pipeline";

const html = (markdown: string) => renderHtml(renderMarkdown(markdown).tree);

const TWEET =
  '<blockquote class="twitter-tweet" data-lang="en"><p lang="en" dir="ltr">Great talk by <a href="https://twitter.com/oicheryl?ref_src=twsrc%5Etfw">@oicheryl</a></p>&mdash; Ryan (@ryan_blunden) <a href="https://twitter.com/ryan_blunden/status/939181292788346881?ref_src=twsrc%5Etfw">December 8, 2017</a></blockquote>\n<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>';

describe("embedded tweets", () => {
  it("stay a readable quote, without the widget script, ending with a link to the tweet", () => {
    const output = html(TWEET);
    assert.match(
      output,
      /<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Great talk by <a href="https:\/\/twitter.com\/oicheryl/,
    );
    assert.match(
      output,
      /— Ryan \(@ryan_blunden\) <a href="https:\/\/twitter.com\/ryan_blunden\/status\/939181292788346881\?ref_src=twsrc%5Etfw">December 8, 2017<\/a>/,
    );
    assert.match(
      output,
      /<p class="tweet-source"><a href="https:\/\/twitter.com\/ryan_blunden\/status\/939181292788346881" aria-label="View on X\/Twitter: the post by @ryan_blunden">View on X\/Twitter<\/a><\/p><\/blockquote>/,
    );
    assert.doesNotMatch(output, /script|widgets\.js/);
  });

  it("links x.com tweets too, and leaves other quotes alone", () => {
    assert.match(
      html('<blockquote class="twitter-tweet"><p>Hi</p><a href="https://x.com/cncf/status/123">Jan 1</a></blockquote>'),
      /<a href="https:\/\/twitter.com\/cncf\/status\/123"[^>]*>View on X\/Twitter<\/a>/,
    );
    assert.doesNotMatch(html("> A quote with [a link](https://twitter.com/a/status/1)"), /View on X/);
  });
});

describe("PDFs embedded with <object> or <embed>", () => {
  it("become a link to a PDF on another host, with no frame", () => {
    const output = html(
      '<object data="https://www.oicheryl.com/resources/Slides.pdf" type="application/pdf" width="100%" height="700px">\n  <a href="https://www.oicheryl.com/resources/Slides.pdf">Download PDF</a>\n</object>',
    );
    assert.equal(
      output,
      '<p><a href="https://www.oicheryl.com/resources/Slides.pdf">Open the PDF: Slides.pdf</a> (on www.oicheryl.com)</p>',
    );
  });

  it("show the site's own PDF inline as well, next to the link", () => {
    const { tree, internalLinks } = renderMarkdown('<embed src="/files/Our Slides.pdf" type="application/pdf">');
    assert.equal(
      renderHtml(tree),
      '<iframe src="/files/Our%20Slides.pdf" title="PDF: Our Slides.pdf" width="100%" height="600" loading="lazy"></iframe><p><a href="/files/Our%20Slides.pdf">Open the PDF: Our Slides.pdf</a></p>',
    );
    assert.deepEqual(internalLinks, [{ path: "/files/Our Slides.pdf", line: 1 }]);
  });

  it("drop objects that are not PDFs, and PDFs with unsafe URLs", () => {
    assert.doesNotMatch(html('<object data="https://example.com/movie.swf"></object>'), /object|swf|<a/);
    assert.equal(html('<embed src="javascript:alert(1)" type="application/pdf">'), "");
  });
});
