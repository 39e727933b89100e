import assert from "node:assert/strict";
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import sharp from "sharp";
import { setUpTemporaryPublicDir, writePhoto } from "../../test/support/image-test-helpers";
import { temporaryFolder } from "../../test/support/test-scope";
import { getImageSources } from "../../lib/images/picture";
import { processImagesStep } from "./process-images";

const publicDir = setUpTemporaryPublicDir();
// The project's own public/ is read too: a folder without one keeps this test to its own photos.
process.chdir(path.dirname(publicDir));
const siteDir = temporaryFolder("cnl-export-");
let pageLinks: string[] = [];

before(async () => {
  const photo = await writePhoto(publicDir, "stage.jpg", 1200, 800, true);
  // The same photo under a second name, as editors sometimes upload it.
  copyFileSync(path.join(publicDir, "images", "stage.jpg"), path.join(publicDir, "images", "stage-copy.jpg"));
  mkdirSync(path.join(siteDir, "images"), { recursive: true });
  for (const name of ["stage.jpg", "stage-copy.jpg"])
    copyFileSync(path.join(publicDir, "images", name), path.join(siteDir, "images", name));
  pageLinks = [photo, "/images/stage-copy.jpg"].flatMap((src) => {
    const image = getImageSources(src, "body");
    return [image.src, ...[image.srcSet, ...image.sources.map((source) => source.srcSet)].flatMap(candidates)];
  });
  await processImagesStep.run(siteDir, { pageTargets: new Map([["posts/a/index.html", pageLinks]]) });
});

function candidates(srcSet: string | undefined): string[] {
  return (srcSet ?? "").split(", ").map((candidate) => candidate.split(" ")[0] ?? "");
}

describe("the image step", () => {
  it("publishes every file the pages name, for each name of a photo", () => {
    assert.equal(pageLinks.length, 2 * (1 + 3 * 2));
    for (const link of pageLinks) assert.ok(existsSync(path.join(siteDir, link)), link);
  });

  it("replaces each original in the export by its upright full size, without metadata", async () => {
    for (const name of ["stage.jpg", "stage-copy.jpg"]) {
      const meta = await sharp(path.join(siteDir, "images", name)).metadata();
      assert.deepEqual([meta.width, meta.height, meta.exif, meta.orientation], [800, 1200, undefined, undefined]);
    }
  });
});
