import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { it } from "node:test";
import { imageSize } from "image-size";
import { post, setEnv, setPosts, temporaryFolder, setFixtureSite } from "../../test/support/test-helpers";
import { socialImagesStep } from "./render-social-cards";

// The fixture site's posts, pages, data and photos, not the project's own content.
setFixtureSite();

it("writes a PNG card into the export for the site and for every post without an image", async () => {
  const cache = temporaryFolder("cnl-cards-");
  setEnv({ SOCIAL_CARD_CACHE: cache });
  setPosts({
    "2019-03-20-plain.md": post("title: Plain"),
    "2019-03-21-pictured.md": post("title: Pictured\nimage: /images/2019-05-cloud-native-london.jpg"),
  });
  const siteDir = temporaryFolder("cnl-site-");
  await socialImagesStep.run(siteDir);
  assert.deepEqual(readdirSync(path.join(siteDir, "og")).sort(), ["plain.png", "site.png"]);
  const card = readFileSync(path.join(siteDir, "og", "plain.png"));
  assert.deepEqual(imageSize(card), { height: 630, width: 1200, type: "png" });

  // A second build reuses the drawn cards instead of drawing them again.
  const cached = readdirSync(cache).map((name) => path.join(cache, name));
  const drawnAt = cached.map((file) => statSync(file).mtimeMs);
  await socialImagesStep.run(temporaryFolder("cnl-site-"));
  assert.deepEqual(
    cached.map((file) => statSync(file).mtimeMs),
    drawnAt,
  );
});
