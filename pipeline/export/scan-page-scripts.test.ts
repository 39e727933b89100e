import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createRandom } from "../../bench/corpus/random";
import { parsePageScripts, type PageScripts } from "./parse-page-scripts";
import { scanPageScripts } from "./scan-page-scripts";

const page = (body: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${body}</body></html>`;

/** What the policy depends on, as the scan reads it where it can, checked against the tree every time. */
function read(html: string) {
  const tree = parsePageScripts(html);
  const scanned = scanPageScripts(html);
  // The same scripts, though not always in the same order: the tree moves some elements (foster parenting).
  const sorted = (found: PageScripts) => ({ ...found, inline: [...found.inline].sort() });
  if (scanned)
    assert.deepEqual(sorted(scanned), sorted(tree), `the scan and the tree disagree on ${JSON.stringify(html)}`);
  return { scanned: scanned !== undefined, handler: tree.handler, inline: tree.inline };
}

describe("the scan of a page's tokens", () => {
  it("finds inline event handlers however the attribute is written, and leaves them to the tree to name", () => {
    for (const markup of [
      "<img/onerror=go()>",
      '<img src="x"onerror=go()>',
      "<IMG SRC=x ONERROR=go()>",
      "<div\nonclick='go()'>x</div>",
      "<p>x<b onmouseover=go()>y</b></p>",
    ]) {
      const found = read(page(markup));
      assert.match(found.handler ?? "", /^<(img|div|b) on(error|click|mouseover)>$/, markup);
      assert.equal(found.scanned, false, markup);
    }
  });

  it("reads the text of scripts as the tokenizer does: escapes, CRLF, NUL, no end tag", () => {
    assert.deepEqual(read(page("<script><!--<script>x</script>y</script>z")), {
      scanned: true,
      handler: undefined,
      inline: ["<!--<script>x</script>y"],
    });
    assert.deepEqual(read(page("<script>a\r\nb\0c</script>")).inline, ["a\nb\uFFFDc"]);
    assert.deepEqual(read("<html><head><script>open()").inline, ["open()"]);
    assert.deepEqual(read(page('<script src="/a.js">x</script><script type=" module ">m()</script>')).inline, ["m()"]);
    assert.deepEqual(read(page('<script type="application/ld+json">{}</script>')).inline, []);
  });

  it("sees no tags in text that only looks like markup", () => {
    for (const markup of [
      "<title><script>go()</script></title>",
      "<textarea><img src=x onerror=go()></textarea>",
      "<style><img src=x onerror=go()></style>",
      "<noscript><img src=x onerror=go()></noscript>",
      "<![CDATA[<img src=x onerror=go()>]]>",
    ]) {
      assert.deepEqual(read(page(markup)), { scanned: true, handler: undefined, inline: [] }, markup);
    }
  });

  it("leaves to the tree what only the tree can tell: foreign content, select, a head it implies", () => {
    assert.deepEqual(read(page("<svg><script>go()</script></svg>")), {
      scanned: false,
      handler: undefined,
      inline: ["go()"],
    });
    assert.equal(read(page("<svg><style><img src=x onerror=go()></style></svg>")).handler, "<img onerror>");
    assert.deepEqual(read(page("<math><mi><style><script>go()</script></style></mi></math>")).inline, []);
    assert.deepEqual(read(page("<select><style><script>go()</script></style></select>")).inline, ["go()"]);
    const late = "<head></head><meta charset=utf-8><script>x</script>";
    assert.equal(scanPageScripts(late), undefined);
    assert.equal(parsePageScripts(late).metaAt, late.indexOf("<script>"));
  });

  it("agrees with the tree on thousands of pages made of awkward pieces", () => {
    const random = createRandom(7);
    const pieces = [
      "<!DOCTYPE html>",
      "<html>",
      "<head>",
      "</head>",
      "<body>",
      "</body>",
      "<meta charset=utf-8>",
      "<meta name=a>",
      "<title>",
      "</title>",
      "<script>",
      "</script>",
      "<script type=module>",
      "<script src=/a.js>",
      "<script type=application/ld+json>",
      "<style>",
      "</style>",
      "<textarea>",
      "</textarea>",
      "<noscript>",
      "</noscript>",
      "<iframe>",
      "</iframe>",
      "<xmp>",
      "<svg>",
      "</svg>",
      "<math>",
      "<select>",
      "<template>",
      "<table>",
      "<tr>",
      "<td>",
      "</table>",
      "<b>",
      "</b>",
      "<p>",
      "</p>",
      "<div>",
      "<img src=x>",
      "<a href=/>",
      "<!--",
      "-->",
      "<!--<script>",
      "<![CDATA[",
      "]]>",
      "go()",
      "x<y",
      " ",
      "\n",
      "\r\n",
      "\0",
      "&amp;",
      "<br/>",
      "<div onclick=go()>",
      "<img/onerror=go()>",
      "<head onload=go()>",
      "</script >",
      "</ScRiPt>",
      "<plaintext>",
    ];
    let scanned = 0;
    for (let index = 0; index < 3000; index += 1) {
      const start = random.chance(0.7) ? "<!DOCTYPE html><html><head><meta charset=utf-8>" : "";
      const html = start + Array.from({ length: random.int(1, 14) }, () => random.pick(pieces)).join("");
      if (read(html).scanned) scanned += 1;
    }
    // Enough of them take the quick way for the agreement to mean something.
    assert.ok(scanned > 600, `only ${scanned} pages were scanned`);
  });
});
