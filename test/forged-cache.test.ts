import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import { it } from "node:test";
import sharp from "sharp";
import { getImageSources } from "../lib/images/picture";
import { processImagesStep } from "../pipeline/steps/process-images";
import { writePhoto } from "./support/image-test-helpers";
import { setEnv, temporaryFolder } from "./support/test-scope";

// A file committed under a cache folder is one anyone who can open a pull request can write. Each test takes
// the entries a real run made, forges them (what a post says, what a photo shows), commits them, and runs again.

function commitEverything(repository: string): void {
  const git = (...args: string[]) => execFileSync("git", ["-C", repository, ...args], { stdio: "ignore" });
  git("init", "--quiet");
  git("add", "--force", ".");
  git("-c", "user.name=Forger", "-c", "user.email=forger@example.org", "commit", "--quiet", "-m", "cache");
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

// A deserialized entry, whatever its shape, with the text node saying `words` made a script element.
function plantScript(value: unknown, words: string): unknown {
  if (Array.isArray(value)) return value.map((item) => plantScript(item, words));
  if (!value || typeof value !== "object") return value;
  const node = value as Record<string, unknown>;
  if (node.type === "text" && node.value === words)
    return { type: "element", tagName: "script", properties: {}, children: [{ type: "text", value: "alert(1)" }] };
  return Object.fromEntries(Object.entries(node).map(([key, item]) => [key, plantScript(item, words)]));
}

it("a forged post entry committed under .cache/posts does not change what the post's page shows", () => {
  const repository = temporaryFolder("cnl-forged-posts-");
  const postsDir = path.join(repository, "posts");
  mkdirSync(postsDir);
  writeFileSync(path.join(postsDir, "2020-01-01-genuine.md"), "---\ntitle: Genuine\n---\nGenuine words.\n");
  const env = { ...process.env, POSTS_DIR: postsDir, POST_CACHE_DIR: path.join(repository, ".cache", "posts") };
  // What the post page renders: the post's body, read (through the cache) in a process of its own.
  const script = `
    import { toHtml } from "hast-util-to-html";
    import { getPostBySlug } from ${JSON.stringify(path.resolve("lib/collection/posts.ts"))};
    console.log(toHtml(getPostBySlug("genuine").body));
  `;
  const body = () => {
    const child = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      encoding: "utf8",
      env,
    });
    assert.equal(child.status, 0, child.stderr);
    return child.stdout.trim().split("\n").pop();
  };
  assert.equal(body(), "<p>Genuine words.</p>");
  const entries = filesUnder(env.POST_CACHE_DIR);
  assert.ok(entries.length > 0, "the first read kept the post in the cache");
  for (const entry of entries) {
    const forged = plantScript(deserialize(readFileSync(entry)), "Genuine words.");
    writeFileSync(entry, serialize(forged));
  }
  commitEverything(repository);
  assert.equal(body(), "<p>Genuine words.</p>");
});

it("a forged photo committed under .cache/images is not published in place of the real encoding", async () => {
  const repository = temporaryFolder("cnl-forged-images-");
  const publicDir = path.join(repository, "public");
  const cacheDir = path.join(repository, ".cache", "images");
  mkdirSync(path.join(publicDir, "images"), { recursive: true });
  setEnv({ PUBLIC_DIR: publicDir, IMAGE_CACHE_DIR: cacheDir });
  const photo = await writePhoto(publicDir, "forged-cache-stage.jpg", 900, 600);
  const image = getImageSources(photo, "body");
  const links = [
    image.src,
    ...image.sources.flatMap((source) => source.srcSet.split(", ").map((c) => c.split(" ")[0] ?? "")),
  ];
  // The real encodings, made in a process of its own, which fills the cache.
  const fill = `
    import { getImageSources } from ${JSON.stringify(path.resolve("lib/images/picture.ts"))};
    import { processImagesStep } from ${JSON.stringify(path.resolve("pipeline/steps/process-images.ts"))};
    import { mkdtempSync } from "node:fs";
    await processImagesStep.run(mkdtempSync(${JSON.stringify(path.join(repository, "first-"))}), { pageTargets: new Map([["a.html", ${JSON.stringify(links)}]]) });
  `;
  const child = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", fill], {
    encoding: "utf8",
  });
  assert.equal(child.status, 0, child.stderr);
  const cached = filesUnder(cacheDir);
  assert.ok(cached.length >= links.length, "the first run kept every encoding in the cache");
  const forgery = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#ff0000" } })
    .jpeg()
    .toBuffer();
  for (const file of cached) writeFileSync(file, forgery);
  commitEverything(repository);

  const siteDir = temporaryFolder("cnl-forged-export-");
  mkdirSync(path.join(siteDir, "images"));
  copyFileSync(
    path.join(publicDir, "images", "forged-cache-stage.jpg"),
    path.join(siteDir, "images", "forged-cache-stage.jpg"),
  );
  await processImagesStep.run(siteDir, { pageTargets: new Map([["a.html", links]]) });
  for (const link of links) {
    const published = readFileSync(path.join(siteDir, link));
    assert.notDeepEqual(published, forgery, `${link} is the forged file`);
    assert.ok(((await sharp(published).metadata()).width ?? 0) > 8, link);
  }
});
