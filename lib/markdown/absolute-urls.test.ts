import assert from "node:assert/strict";
import { it } from "node:test";
import { absolutizeTree } from "./absolute-urls";
import { renderHtml, renderMarkdown } from "./pipeline";

const PAGE = "https://example.org/base/posts/x/";

it("makes every link, image and embed absolute in a copy, leaving the page's own tree alone", () => {
  const { tree } = renderMarkdown(
    [
      "[site](/base/tags/) [near](other/) [part](#notes) [away](https://elsewhere.example/a) [mail](mailto:a@b.example)",
      "",
      '<img src="/base/images/a b.jpg" alt="A">',
      "",
      '<iframe src="//www.youtube.com/embed/abc"></iframe>',
    ].join("\n"),
  );
  const before = renderHtml(tree);
  const html = renderHtml(absolutizeTree(tree, PAGE));
  assert.match(html, /href="https:\/\/example.org\/base\/tags\/"/);
  assert.match(html, /href="https:\/\/example.org\/base\/posts\/x\/other\/"/);
  assert.match(html, /href="https:\/\/example.org\/base\/posts\/x\/#notes"/);
  assert.match(html, /href="https:\/\/elsewhere.example\/a"/);
  assert.match(html, /href="mailto:a@b.example"/);
  assert.match(html, /src="https:\/\/example.org\/base\/images\/a%20b.jpg"/);
  assert.match(html, /src="https:\/\/www.youtube.com\/embed\/abc"/);
  assert.equal(renderHtml(tree), before);
});
