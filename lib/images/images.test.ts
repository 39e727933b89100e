import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import sharp, { type Metadata } from "sharp";
import { renderMarkdown } from "../markdown/pipeline";
import { setUpTemporaryPublicDir, writePhoto } from "../../test/support/image-test-helpers";
import { setEnv, temporaryFolder, withEnv } from "../../test/support/test-scope";
import { fullSizeWidth, getImageSources, parseProcessedPath } from "./picture";
import { cachedFile } from "./source";
import { encodeImage } from "./process";
import { ENCODER_SETTINGS, PREVIEW_SETTINGS } from "./settings";
import { readImageSource } from "./source";
import { env } from "../env";

const publicDir = setUpTemporaryPublicDir();
let wide = "";
let sideways = "";
let small = "";
before(async () => {
  wide = await writePhoto(publicDir, "stage wide.jpg", 1600, 900);
  sideways = await writePhoto(publicDir, "phone.jpg", 800, 600, true);
  small = await writePhoto(publicDir, "small.jpg", 500, 300);
  writeFileSync(
    path.join(publicDir, "images", "logo.svg"),
    '<svg xmlns="http://www.w3.org/2000/svg" width="30" height="10"/>',
  );
});

const widthsOf = (srcSet: string | undefined) =>
  (srcSet ?? "").split(", ").map((entry) => Number(entry.split(" ")[1]?.slice(0, -1)));

describe("getImageSources", () => {
  it("offers AVIF, then the original format, at the layout's widths with sizes from the CSS", () => {
    const image = getImageSources(wide, "body");
    assert.deepEqual(
      image.sources.map((source) => source.type),
      ["image/avif"],
    );
    assert.deepEqual(widthsOf(image.sources[0]?.srcSet), [360, 720, 1080, 1440]);
    assert.deepEqual(widthsOf(image.srcSet), [360, 720, 1080, 1440]);
    assert.match(image.src, /^\/images\/processed\/[0-9a-f]{16}\/stage-wide-1440\.jpg$/);
    assert.equal(image.sizes, "(min-width: 46rem) 44rem, calc(100vw - 2rem)");
    assert.deepEqual([image.width, image.height], [1600, 900]);
    assert.equal(image.fullSize, "/images/stage%20wide.jpg");
  });

  it("offers a gallery photo only the widths a gallery or its viewer shows", () => {
    assert.deepEqual(widthsOf(getImageSources(wide, "gallery").srcSet), [360, 720, 1080]);
  });

  it("never enlarges: a small photo's largest width is its own", () => {
    assert.deepEqual(widthsOf(getImageSources(small, "body").srcSet), [360, 500]);
  });

  it("gives a photo stored sideways its upright size", () => {
    const image = getImageSources(sideways, "body");
    assert.deepEqual([image.width, image.height], [600, 800]);
    assert.deepEqual(widthsOf(image.srcSet), [360, 600]);
  });

  it("leaves SVGs, remote images and missing files as they are", () => {
    assert.deepEqual(getImageSources("/images/logo.svg", "logo").sources, []);
    assert.equal(getImageSources("/images/logo.svg", "logo").src, "/images/logo.svg");
    const remote = getImageSources("https://pbs.twimg.com/media/x.jpg", "body");
    assert.deepEqual(
      [remote.src, remote.sources.length, remote.width],
      ["https://pbs.twimg.com/media/x.jpg", 0, undefined],
    );
    assert.equal(getImageSources("/images/gone.jpg", "body").srcSet, undefined);
  });

  it("gives a remote photo's https URL as its full size, and a data: image none, so no link points to data:", () => {
    assert.equal(
      getImageSources("https://pbs.twimg.com/media/x.jpg", "body").fullSize,
      "https://pbs.twimg.com/media/x.jpg",
    );
    const pixel = getImageSources("data:image/png;base64,iVBORw0KGgo=", "body");
    assert.deepEqual([pixel.src, pixel.fullSize], ["data:image/png;base64,iVBORw0KGgo=", undefined]);
  });

  it("names each processed file so the build can read it back", () => {
    const parsed = parseProcessedPath(getImageSources(wide, "card").src);
    assert.deepEqual(parsed && [parsed.width, parsed.format], [1080, "jpg"]);
    assert.equal(parsed?.key, readImageSource(wide)?.key);
  });
});

describe("encodeImage", () => {
  it("writes upright files without EXIF or GPS, and encodes nothing twice", async () => {
    const source = readImageSource(sideways);
    assert.ok(source);
    const outputs = [
      { width: 360, format: "avif" as const },
      { width: 480, format: "jpg" as const },
      { width: fullSizeWidth(source), format: "jpg" as const, full: true },
    ];
    assert.equal(await encodeImage(source, outputs), 3);
    for (const output of outputs) {
      const meta: Metadata = await sharp(cachedFile(source, output)).metadata();
      assert.equal(meta.width, output.width);
      assert.ok(meta.height > meta.width, "portrait, as the phone held it");
      assert.equal(meta.exif, undefined);
      assert.equal(meta.orientation, undefined);
    }
    assert.equal(await encodeImage(source, outputs), 0);
  });

  it("gives a changed photo new file names, so the cache never serves the old one", async () => {
    const original = readImageSource(small)?.key;
    await writePhoto(publicDir, "small.jpg", 500, 320);
    const after = readImageSource(small)?.key;
    assert.ok(original && after && original !== after);
    assert.equal(existsSync(path.join(env.imageCacheDir, after)), false);
  });
});

describe("the image cache", () => {
  it("is not read while git tracks a file in it: the photo is encoded afresh, beside it", async () => {
    const repository = temporaryFolder("cnl-committed-cache-");
    const cacheDir = path.join(repository, ".cache", "images");
    mkdirSync(path.join(cacheDir, "0123456789abcdef"), { recursive: true });
    writeFileSync(path.join(cacheDir, "0123456789abcdef", "360.avif"), "<svg onload=alert(1)>");
    const git = (...args: string[]) => execFileSync("git", args, { cwd: repository, stdio: "ignore" });
    git("init", "-q");
    git("add", "-f", ".");
    const source = readImageSource(wide);
    assert.ok(source);
    const output = { width: 360, format: "avif" as const };
    setEnv({ IMAGE_CACHE_DIR: cacheDir });
    const file = cachedFile(source, output);
    assert.ok(!file.startsWith(cacheDir), file);
    assert.equal(await encodeImage(source, [output]), 1);
    assert.equal((await sharp(file).metadata()).format, "heif");
  });
});

describe("a pull request's preview (IMAGE_PREVIEW)", () => {
  it("encodes the photos it changes at full settings and the others, uncached, at preview settings", async () => {
    const changed = await writePhoto(publicDir, "changed.jpg", 400, 300);
    const other = await writePhoto(publicDir, "other.jpg", 400, 300);
    const changeFile = path.join(publicDir, "change.json");
    writeFileSync(
      changeFile,
      JSON.stringify({ kind: "content", files: [path.join(publicDir, "images", "changed.jpg")] }),
    );
    withEnv({ IMAGE_PREVIEW: changeFile }, () => {
      assert.deepEqual(readImageSource(changed)?.settings, ENCODER_SETTINGS);
      assert.deepEqual(readImageSource(other)?.settings, PREVIEW_SETTINGS);
    });
    // A deploy encodes the same photo at full settings, under another name.
    assert.deepEqual(readImageSource(other)?.settings, ENCODER_SETTINGS);
  });
});

describe("galleries in a body", () => {
  const galleries = (markdown: string) =>
    renderMarkdown(markdown).tree.children.flatMap((node) =>
      node.type === "element" && node.properties.dataGallery
        ? [node.children.map((child) => (child.type === "element" ? String(child.properties.alt) : ""))]
        : [],
    );

  it("groups photos that follow one another, in a paragraph or not, and a list of photos", () => {
    assert.deepEqual(galleries("![A](/a.jpg)\n![B](/b.jpg)\n\n![C](/c.jpg)\n\nText\n\n![D](/d.jpg)\n"), [
      ["A", "B", "C"],
    ]);
    assert.deepEqual(galleries("- ![A](/a.jpg)\n- ![B](/b.jpg)\n"), [["A", "B"]]);
  });

  it("leaves a lone photo, a photo in a sentence and a list with text alone", () => {
    assert.deepEqual(
      galleries("![A](/a.jpg)\n\nSee ![B](/b.jpg) and ![C](/c.jpg) here.\n\n- ![D](/d.jpg)\n- text\n"),
      [],
    );
  });
});
