import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { postPath } from "../../lib/site";

/** The real photos of the old blog, when ../shared is there (never committed to this project). */
const SHARED_PHOTOS = path.resolve("..", "shared", "jekyll-site", "images");

/** The photo-heavy writeup `npm run lighthouse` measures, and what its build needs. */
export type PhotoPage = { path: string; env: { POSTS_DIR: string; PUBLIC_DIR: string } };

const SLUG = "photo-story";

/**
 * Writes a posts folder (this site's posts plus one writeup with a header image and a gallery of every
 * real photo of ../shared/jekyll-site/images, largest first) and a public folder holding those photos, under
 * `root`. Returns undefined without ../shared.
 */
export function preparePhotoPage(root: string): PhotoPage | undefined {
  if (!existsSync(SHARED_PHOTOS)) return undefined;
  const postsDir = path.join(root, "photo-posts");
  const publicDir = path.join(root, "photo-public");
  for (const dir of [postsDir, publicDir]) rmSync(dir, { recursive: true, force: true });
  cpSync(path.resolve("posts"), postsDir, { recursive: true });
  const photosDir = path.join(publicDir, "images", "photo-story");
  mkdirSync(photosDir, { recursive: true });
  const photos = readdirSync(SHARED_PHOTOS)
    .filter((name) => /\.(jpe?g|png)$/i.test(name))
    .sort((a, b) => statSync(path.join(SHARED_PHOTOS, b)).size - statSync(path.join(SHARED_PHOTOS, a)).size);
  for (const name of photos) cpSync(path.join(SHARED_PHOTOS, name), path.join(photosDir, name));
  const [header, ...rest] = photos;
  if (!header) return undefined;
  const url = (name: string) => encodeURI(`/images/photo-story/${name}`);
  const alt = (name: string) => `Photo ${name.replace(/\.\w+$/, "").replace(/[-_]+/g, " ")}`;
  const post = [
    "---",
    'title: "A photo story: Cloud Native London in pictures"',
    'description: "Every real photo of the old blog in one writeup, to measure a photo-heavy page."',
    `image: ${url(header)}`,
    "tags: [Photos]",
    "---",
    "",
    "The evening in pictures, from the doors opening to the last slice of cake.",
    "",
    ...rest.map((name) => `![${alt(name)}](${url(name)})`),
    "",
    "Thanks to everyone who came, and see you next month.",
    "",
  ].join("\n");
  writeFileSync(path.join(postsDir, `2026-11-28-${SLUG}.md`), post);
  return { path: postPath(SLUG), env: { POSTS_DIR: postsDir, PUBLIC_DIR: publicDir } };
}
