import assert from "node:assert/strict";
import { it } from "node:test";
import { setEnv } from "./support/test-scope";
import { fixtureSiteEnv } from "./support/fixture-sites";

// lib/site.ts reads BASE_PATH once, when first imported, so it is set (for this file's tests) before lib/ loads;
// the photos are the fixture site's.
setEnv({ ...fixtureSiteEnv(), BASE_PATH: "/cloud-native-london" });
const { renderHtml, renderMarkdown } = await import("../lib/markdown/pipeline");
const { resolveLiquid } = await import("../lib/markdown/liquid");
const { sitePathUrl, withoutBasePath } = await import("../lib/site");

const render = (markdown: string) => renderMarkdown(resolveLiquid(markdown).body);

it("puts the base path in front of body links, images, videos and the site's own PDFs", () => {
  const { tree, internalLinks } = render(
    '[October](/posts/cloud-native-london-october-2018/)\n\n![Luke Addison](/images/speakers/luke-addison.jpg)\n\n<video src="/media/clip.mp4" poster="/images/poster.jpg"></video>\n\n<embed src="/files/slides.pdf" type="application/pdf">',
  );
  const output = renderHtml(tree);
  assert.match(output, /<a href="\/cloud-native-london\/posts\/cloud-native-london-october-2018\/">October<\/a>/);
  assert.match(
    output,
    /<img src="\/cloud-native-london\/images\/speakers\/luke-addison.jpg" alt="Luke Addison"[^>]* width="480"/,
  );
  assert.match(
    output,
    /<video src="\/cloud-native-london\/media\/clip.mp4" poster="\/cloud-native-london\/images\/poster.jpg">/,
  );
  assert.match(output, /<iframe src="\/cloud-native-london\/files\/slides.pdf"/);
  // Link checks see site paths without the base path: the video's file and poster too, and the PDF once.
  assert.deepEqual(
    internalLinks.map((link) => link.path),
    ["/posts/cloud-native-london-october-2018/", "/media/clip.mp4", "/images/poster.jpg", "/files/slides.pdf"],
  );
});

it("gives {{ site.baseurl }} the base path once, never twice, and finds the image it names", () => {
  const { tree, problems } = render(
    "![Luke]({{ site.baseurl }}/images/speakers/luke-addison.jpg) [home]({{site.baseurl}}/)",
  );
  const output = renderHtml(tree);
  assert.match(output, /src="\/cloud-native-london\/images\/speakers\/luke-addison.jpg"/);
  assert.match(output, /href="\/cloud-native-london\/"/);
  assert.deepEqual(problems, []);
  assert.equal(
    resolveLiquid("{{ site.url }}{{ site.baseurl }}/feed.xml").body,
    "https://cloudnative.london/cloud-native-london/feed.xml",
  );
});

it("encodes a site path exactly once and strips only a whole base path", () => {
  assert.equal(sitePathUrl("/images/A B.png"), "/cloud-native-london/images/A%20B.png");
  assert.equal(sitePathUrl("/cloud-native-london/images/A%20B.png"), "/cloud-native-london/images/A%20B.png");
  assert.equal(withoutBasePath("/cloud-native-london-oct-2018/"), "/cloud-native-london-oct-2018/");
  assert.equal(withoutBasePath("/cloud-native-london"), "/");
});
