import assert from "node:assert/strict";
import { it } from "node:test";
import { imageSize } from "image-size";
import { renderSocialCard } from "./social-card";
import { listSocialCards, SOCIAL_CARD_SIZE } from "./social-images";
import { post, setPosts, setFixtureSite } from "../../test/support/test-helpers";

// The fixture site's posts, pages, data and photos, not the project's own content.
setFixtureSite();

it("plans a card for the site and for each post page without an image, titled and dated", () => {
  setPosts({
    "2019-03-20-plain.md": post("title: Plain"),
    "2019-03-21-pictured.md": post("title: Pictured\nimage: /images/2019-05-cloud-native-london.jpg"),
    "2019-03-22-draft.md": post("title: Draft\npublished: false"),
  });
  const cards = listSocialCards();
  assert.deepEqual(
    cards.map((card) => card.path),
    ["/og/site.png", "/og/plain.png"],
  );
  assert.deepEqual(cards[1], { path: "/og/plain.png", title: "Plain", subtitle: "20 March 2019" });
});

it("draws a card as a 1200×630 PNG", async () => {
  const png = await renderSocialCard({
    path: "/og/x.png",
    title: "Łukasz on eBPF & friends",
    subtitle: "9 October 2018",
  });
  assert.equal(png.subarray(1, 4).toString("latin1"), "PNG");
  const { width, height } = imageSize(png);
  assert.deepEqual({ width, height }, SOCIAL_CARD_SIZE);
});
