import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { setEnv, temporaryFolder } from "./test-scope";

/**
 * A fresh public folder for a test, set as PUBLIC_DIR, and an image cache beside it, set as IMAGE_CACHE_DIR;
 * both removed, and the variables restored, when the calling test, suite or file ends.
 */
export function setUpTemporaryPublicDir(): string {
  const root = temporaryFolder("cnl-images-");
  mkdirSync(path.join(root, "public", "images"), { recursive: true });
  setEnv({ PUBLIC_DIR: path.join(root, "public"), IMAGE_CACHE_DIR: path.join(root, "cache") });
  return path.join(root, "public");
}

/**
 * Writes a gradient JPEG under the public folder, stored sideways with EXIF orientation 6 (as phones do)
 * when `sideways`, and carrying a camera serial and GPS position, as event photos do.
 */
export async function writePhoto(
  publicDir: string,
  name: string,
  width: number,
  height: number,
  sideways = false,
): Promise<string> {
  const pixels = Buffer.alloc(width * height * 3);
  // A tint of its own for each name, so that no two photos are the same file.
  const tint = [...name].reduce((sum, character) => (sum * 31 + character.charCodeAt(0)) % 256, 7);
  for (let index = 0; index < width * height; index += 1) {
    pixels[index * 3] = (index % width) % 256;
    pixels[index * 3 + 1] = Math.floor(index / width) % 256;
    pixels[index * 3 + 2] = tint;
  }
  const file = path.join(publicDir, "images", name);
  const jpeg = await sharp(pixels, { raw: { width, height, channels: 3 } })
    .withExif({
      IFD0: { Make: "TestCam", Model: "X1" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "51/1 30/1 0/1" },
    })
    .withMetadata({ orientation: sideways ? 6 : 1 })
    .jpeg({ quality: 90 })
    .toBuffer();
  writeFileSync(file, jpeg);
  return `/images/${name}`;
}
