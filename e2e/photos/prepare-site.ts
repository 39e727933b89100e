import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { writePhoto } from "../../test/support/image-test-helpers";

/** The photo writeup, built into the "jekyll" test site (e2e/test-sites.ts). */
export const PHOTO_POST = "/posts/a-photo-walk/";

/** The captions of its first gallery, in order. */
export const GALLERY = ["Speakers on stage", "The audience", "Questions from the floor", "Pizza", "The raffle"];

/**
 * Add the photo writeup to the site whose sources are in `root` (the "jekyll" test site's): one writeup with a
 * header photo, a photo taken on a phone held upright (stored sideways, with EXIF orientation, a camera serial
 * and a GPS position), a gallery of photos in a row and one of a list, all generated here, so nothing large is
 * committed.
 */
export async function addPhotoWriteup(root: string): Promise<void> {
  const postsDir = path.join(root, "posts");
  const publicDir = path.join(root, "public");
  mkdirSync(path.join(publicDir, "images"), { recursive: true });
  const header = await writePhoto(publicDir, "walk-header.jpg", 3000, 2000);
  const upright = await writePhoto(publicDir, "walk-upright.jpg", 2000, 1500, true);
  const gallery = await Promise.all(
    GALLERY.map((_, index) => writePhoto(publicDir, `walk-${index + 1}.jpg`, 2400, 1600)),
  );
  const list = await Promise.all(
    ["Stickers", "Badges"].map((_, index) => writePhoto(publicDir, `walk-list-${index + 1}.jpg`, 1600, 1200)),
  );
  const post = [
    "---",
    'title: "A photo walk"',
    "description: The evening in pictures.",
    `image: ${header}`,
    "tags: [Photos]",
    "---",
    "",
    "We met at the usual place, and the room filled up fast.",
    "",
    `![The venue from the street, on a phone held upright](${upright})`,
    "",
    "Then the talks began.",
    "",
    ...GALLERY.map((alt, index) => `![${alt}](${gallery[index]})`),
    "",
    "And on the way out:",
    "",
    `- ![Stickers](${list[0]})`,
    `- ![Badges](${list[1]})`,
    "",
  ].join("\n");
  writeFileSync(path.join(postsDir, "2026-11-01-a-photo-walk.md"), post);
}
