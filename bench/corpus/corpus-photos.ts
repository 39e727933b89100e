/**
 * Seeded stand-ins for event photos, for `npm run bench`: 3000×2000 JPEGs of a gradient under noise, 1–2 MB
 * each as phone and camera photos are. Written once per seed and count into a public folder the bench builds
 * with (PUBLIC_DIR), and reused across sizes and runs.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { createRandom } from "./random";

const WIDTH = 3000;
const HEIGHT = 2000;

/** Write `count` photos under `publicDir`/images/bench-photos/ (unless there already); returns their site paths. */
export async function generatePhotos(publicDir: string, count: number, seed: number): Promise<string[]> {
  const folder = path.join(publicDir, "images", "bench-photos");
  const names = Array.from({ length: count }, (_, index) => `photo-${String(index + 1).padStart(3, "0")}.jpg`);
  const present = existsSync(folder) ? readdirSync(folder) : [];
  if (present.length !== count || names.some((name) => !present.includes(name))) {
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    const random = createRandom(seed);
    for (const name of names) writeFileSync(path.join(folder, name), await photo(random.next, random.int(14, 30)));
  }
  return names.map((name) => `/images/bench-photos/${name}`);
}

// Noise keeps the JPEG from compressing to nothing, as a real photo's detail does: ±14 gives about 1 MB, ±30 2 MB.
async function photo(next: () => number, noise: number): Promise<Buffer> {
  const pixels = Buffer.alloc(WIDTH * HEIGHT * 3);
  const tint = Math.floor(next() * 255);
  for (let y = 0; y < HEIGHT; y += 1) {
    for (let x = 0; x < WIDTH; x += 1) {
      const offset = (y * WIDTH + x) * 3;
      const grain = (next() - 0.5) * 2 * noise;
      pixels[offset] = clamp((x * 255) / WIDTH + grain);
      pixels[offset + 1] = clamp((y * 255) / HEIGHT + grain);
      pixels[offset + 2] = clamp(tint + grain);
    }
  }
  return sharp(pixels, { raw: { width: WIDTH, height: HEIGHT, channels: 3 } })
    .jpeg({ quality: 82 })
    .toBuffer();
}

function clamp(value: number): number {
  return Math.max(0, Math.min(255, Math.round(value)));
}
