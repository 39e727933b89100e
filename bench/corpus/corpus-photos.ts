/**
 * Seeded stand-ins for event photos, for `npm run bench`: 3000–4000 px JPEGs of 1.5–4 MB, as phones and
 * cameras write them. Each is built as a photo is: broad soft light, shapes with hard edges (people, screens,
 * chairs), texture at a few pixels' scale and sensor grain, then JPEG at a phone's quality. A quarter are
 * stored sideways or upside down with an EXIF orientation, and each carries a camera's EXIF. Written once per
 * seed and count into a public folder the bench builds with (PUBLIC_DIR), and reused across sizes and runs.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { createRandom, type Random } from "./random";

// Sensor sizes of common phones and cameras (stored landscape; the orientation turns some upright).
const SENSORS = [
  [4032, 3024],
  [4000, 3000],
  [3264, 2448],
  [3840, 2560],
  [3000, 2000],
] as const;
// EXIF orientations as phones write them: mostly upright, some turned a quarter either way, a few upside down.
const ORIENTATIONS = [1, 1, 1, 1, 1, 6, 6, 8, 3] as const;

/** Write `count` photos under `publicDir`/images/bench-photos/ (unless there already); returns their site paths. */
export async function generatePhotos(publicDir: string, count: number, seed: number): Promise<string[]> {
  const folder = path.join(publicDir, "images", "bench-photos");
  const names = Array.from({ length: count }, (_, index) => `photo-${String(index + 1).padStart(3, "0")}.jpg`);
  const present = existsSync(folder) ? readdirSync(folder) : [];
  if (present.length !== count || names.some((name) => !present.includes(name))) {
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    const random = createRandom(seed);
    for (const name of names) writeFileSync(path.join(folder, name), await photo(random));
  }
  return names.map((name) => `/images/bench-photos/${name}`);
}

/** One photo: its pixels, then a JPEG at quality 90–93 with a camera's EXIF and an orientation. */
async function photo(random: Random): Promise<Buffer> {
  const [width, height] = random.pick(SENSORS);
  // The scene at half size (a phone's optics resolve about that): colour from its light and its shapes,
  // detail in brightness only, as in a photo: blobs a tenth of the frame and texture of a few pixels.
  const [halfWidth, halfHeight] = [width / 2, height / 2];
  const light = await upscaled(random, 4, 3, halfWidth, halfHeight, 3);
  const scene = await sharp(light, { raw: { width: halfWidth, height: halfHeight, channels: 3 } })
    .composite([{ input: Buffer.from(shapesSvg(random, halfWidth, halfHeight)) }])
    .removeAlpha()
    .raw()
    .toBuffer();
  const blobs = await upscaled(random, 40, 30, halfWidth, halfHeight, 1);
  const texture = await upscaled(
    random,
    Math.round(halfWidth / 3),
    Math.round(halfHeight / 3),
    halfWidth,
    halfHeight,
    1,
  );
  const pixels = Buffer.alloc(halfWidth * halfHeight * 3);
  for (let index = 0; index < halfWidth * halfHeight; index += 1) {
    const detail = ((blobs[index] ?? 0) - 128) * 0.45 + ((texture[index] ?? 0) - 128) * 0.3;
    for (let channel = 0; channel < 3; channel += 1) {
      const value = (scene[index * 3 + channel] ?? 0) + detail;
      pixels[index * 3 + channel] = value < 0 ? 0 : value > 255 ? 255 : value;
    }
  }
  // Then at full size, under the sensor's grain.
  const full = await sharp(pixels, { raw: { width: halfWidth, height: halfHeight, channels: 3 } })
    .resize(width, height)
    .composite([
      { input: grainTile(random), raw: { width: TILE, height: TILE, channels: 3 }, tile: true, blend: "soft-light" },
    ])
    .removeAlpha()
    .raw()
    .toBuffer();
  return sharp(full, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: random.int(90, 93) })
    .withExif({ IFD0: { Make: "BenchCam", Model: `Phone ${random.int(1, 9)}`, Software: "corpus-photos" } })
    .withMetadata({ orientation: random.pick(ORIENTATIONS) })
    .toBuffer();
}

const TILE = 509;

// Grey noise around the middle, whose soft-light blend darkens and lightens each pixel a little.
function grainTile(random: Random): Buffer {
  const amount = random.int(12, 26);
  const tile = Buffer.alloc(TILE * TILE * 3);
  for (let index = 0; index < TILE * TILE; index += 1) {
    const value = 128 + Math.round((random.next() - 0.5) * 2 * amount);
    tile.fill(value, index * 3, index * 3 + 3);
  }
  return tile;
}

/** Random values on a small grid, smoothly enlarged to the photo's size: detail at the grid's scale only. */
async function upscaled(
  random: Random,
  gridWidth: number,
  gridHeight: number,
  width: number,
  height: number,
  channels: 1 | 3,
): Promise<Buffer> {
  const grid = Buffer.alloc(gridWidth * gridHeight * channels);
  for (let index = 0; index < grid.length; index += 1) grid[index] = 60 + Math.floor(random.next() * 140);
  return (
    sharp(grid, { raw: { width: gridWidth, height: gridHeight, channels } })
      .resize(width, height, { fit: "fill", kernel: "cubic" })
      // A one-channel picture would come back as sRGB's three otherwise.
      .toColourspace(channels === 1 ? "b-w" : "srgb")
      .raw()
      .toBuffer()
  );
}

// Rectangles and ellipses with hard edges, some of them lines of "text", as a room of people and slides has.
function shapesSvg(random: Random, width: number, height: number): string {
  const colour = () => {
    const grey = random.int(30, 220);
    const tint = () => Math.max(0, Math.min(255, grey + random.int(-50, 50)));
    return `rgb(${tint()},${tint()},${tint()})`;
  };
  const shapes = Array.from({ length: random.int(40, 90) }, () => {
    const x = random.int(0, width);
    const y = random.int(0, height);
    const size = random.int(20, Math.round(width / 5));
    if (random.chance(0.5)) return `<ellipse cx="${x}" cy="${y}" rx="${size / 2}" ry="${size}" fill="${colour()}"/>`;
    if (random.chance(0.7)) return `<rect x="${x}" y="${y}" width="${size}" height="${size / 2}" fill="${colour()}"/>`;
    return `<text x="${x}" y="${y}" font-size="${random.int(18, 60)}" fill="${colour()}">kubectl get pods -A --watch</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${shapes.join("")}</svg>`;
}
