import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, it } from "node:test";
import { imageSize } from "image-size";
import { post, writePosts } from "../../test/support/test-helpers";
import { socialImagesStep } from "./render-social-cards";

const original = { posts: process.env.POSTS_DIR, cache: process.env.SOCIAL_CARD_CACHE };
afterEach(() => {
  process.env.POSTS_DIR = original.posts;
  process.env.SOCIAL_CARD_CACHE = original.cache;
});

const temporary = (prefix: string) => mkdtempSync(path.join(tmpdir(), prefix));

it("writes a PNG card into the export for the site and for every post without an image", async () => {
  process.env.SOCIAL_CARD_CACHE = temporary("cnl-cards-");
  process.env.POSTS_DIR = writePosts({
    "2019-03-20-plain.md": post("title: Plain"),
    "2019-03-21-pictured.md": post("title: Pictured\nimage: /images/2019-05-cloud-native-london.jpg"),
  });
  const siteDir = temporary("cnl-site-");
  await socialImagesStep.run(siteDir);
  assert.deepEqual(readdirSync(path.join(siteDir, "og")).sort(), ["plain.png", "site.png"]);
  const card = readFileSync(path.join(siteDir, "og", "plain.png"));
  assert.deepEqual(imageSize(card), { height: 630, width: 1200, type: "png" });

  // A second build reuses the drawn cards instead of drawing them again.
  const cached = readdirSync(process.env.SOCIAL_CARD_CACHE).map((name) =>
    path.join(process.env.SOCIAL_CARD_CACHE ?? "", name),
  );
  const drawnAt = cached.map((file) => statSync(file).mtimeMs);
  await socialImagesStep.run(temporary("cnl-site-"));
  assert.deepEqual(
    cached.map((file) => statSync(file).mtimeMs),
    drawnAt,
  );
});

it("draws a large site's cards in parallel child processes, every one of them", async () => {
  process.env.SOCIAL_CARD_CACHE = temporary("cnl-cards-");
  const files: Record<string, string> = {};
  for (let day = 1; day <= 79; day += 1) files[`2020-01-01-p${day}.md`] = post(`title: Post ${day}`);
  process.env.POSTS_DIR = writePosts(files);
  const siteDir = temporary("cnl-site-");
  await socialImagesStep.run(siteDir);
  const written = readdirSync(path.join(siteDir, "og"));
  assert.equal(written.length, 80);
  for (const name of written) assert.equal(imageSize(readFileSync(path.join(siteDir, "og", name))).width, 1200);
});
