import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";
import { listBadInputFixtures, formatFixtureProblem, prepareFixture } from "./support/bad-input-fixtures";
import { formatProblem } from "../lib/content/content-error";
import { renderHtml } from "../lib/markdown/pipeline";
import { checkContent } from "../lib/check/content-check";
import { readPostCollection, type Post } from "../lib/collection/posts";
import { IFRAME_POLICY, isEmbedHost } from "../lib/markdown/sanitize-schema";
import { post, setEnv, setFixtureSite, writePosts } from "./support/test-helpers";

// The fixture site's posts, pages, data and photos, not the project's own content.
setFixtureSite();

const NEVER_ALLOWED = new Set(
  "script style object embed applet form button textarea select option svg math base meta link frame frameset noscript template title".split(
    " ",
  ),
);
const URL_PROPERTIES = ["href", "src", "cite", "poster", "longDesc", "action", "formAction", "srcSet", "background"];
const SAFE_URL = /^(https?:|mailto:|[/#?.]|[^:]*$)/i;

/** Everything a browser could run from a rendered body, as one list of findings; empty when it is safe. */
function findScriptableParts(tree: Root): string[] {
  const findings: string[] = [];
  visit(tree, "element", (node: Element) => {
    if (NEVER_ALLOWED.has(node.tagName)) findings.push(`<${node.tagName}>`);
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on/i.test(name)) findings.push(`${node.tagName} ${name}`);
      if (!URL_PROPERTIES.includes(name)) continue;
      const url = String(value).replace(/[\s\u0000-\u001f]/g, "");
      const dataImage =
        node.tagName === "img" && name === "src" && /^data:image\/(png|jpe?g|gif|webp|avif);/i.test(url);
      if (!SAFE_URL.test(url) && !dataImage) findings.push(`${node.tagName} ${name}=${url}`);
    }
    if (node.tagName === "input" && (node.properties.type !== "checkbox" || node.properties.disabled !== true)) {
      findings.push("an enabled <input>");
    }
    if (node.tagName === "iframe") {
      const host = new URL(String(node.properties.src)).hostname;
      if (!isEmbedHost(host)) findings.push(host);
      const sandbox = [node.properties.sandbox].flat().join(" ");
      if (sandbox !== IFRAME_POLICY.sandbox) findings.push("an iframe without the forced sandbox");
    }
  });
  return findings;
}

// A takeaway is compared as the HTML its tree renders to, as a body is.
const asHtml = (_key: string, item: unknown) =>
  item && typeof item === "object" && "tree" in item && "markdown" in item
    ? { markdown: item.markdown, html: renderHtml(item.tree as Root) }
    : item;
const field = (value: Post, key: string): unknown =>
  JSON.parse(JSON.stringify((value as Record<string, unknown>)[key], asHtml) ?? "null");

describe("bad input: each case prints its exact check lines, and what publishes renders safely", () => {
  for (const fixture of listBadInputFixtures()) {
    it(fixture.name, { todo: fixture.pending }, () => {
      // The same check `npm run check` and the build run: each file, the collection, public/, redirects, links.
      const prepared = prepareFixture(fixture);
      setEnv({ POSTS_DIR: prepared.postsDir, PUBLIC_DIR: prepared.publicDir, PAGES_DIR: prepared.pagesDir });
      const { posts, problems } = checkContent();
      if (fixture.pending) {
        assert.ok(problems.some((problem) => problem.severity === "error" && /redirect/.test(problem.field)));
        return;
      }
      assert.deepEqual(
        problems.map((problem) => formatFixtureProblem(problem, prepared)),
        fixture.expectedCheck,
      );
      if (!fixture.publishes) return;
      assert.equal(posts.length, fixture.postFiles.length, "every file of a case that publishes becomes a post");
      for (const published of posts) {
        assert.deepEqual(findScriptableParts(published.body), []);
        assert.equal(`${renderHtml(published.body)}\n`, fixture.expectedBody, "_body.html");
        for (const [key, value] of Object.entries(fixture.expectedPost ?? {})) {
          assert.deepEqual(field(published, key), value, `front matter "${key}" is kept as plain text`);
        }
      }
    });
  }

  it("body-5mb (generated): a 5 MB post is refused with its size, not rendered", () => {
    const paragraph = `${"Cloud native **London** meetup. ".repeat(30)}\n\n`;
    const body = paragraph.repeat(Math.ceil((5 * 1024 * 1024) / paragraph.length));
    const directory = writePosts({ "2020-01-01-huge.md": post("title: Huge", body) });
    const { posts, problems } = readPostCollection(directory);
    assert.deepEqual(posts, []);
    assert.deepEqual(
      problems.map((problem) => formatProblem({ ...problem, file: "posts/2020-01-01-huge.md" })),
      [
        "posts/2020-01-01-huge.md:1: file: is 5.0 MB, too large to be a post (at most 512 kB of Markdown; put photos and files in public/ and link to them)",
      ],
    );
  });
});
