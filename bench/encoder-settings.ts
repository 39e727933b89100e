/**
 * `npm run bench:encoders -- [photos...]`: encoder settings measured on real photos, for the table in
 * docs/performance.md. Each photo is decoded and resized once per width; then every candidate setting encodes
 * it on one libvips thread (as the build does), and the table gives the CPU time, the bytes and the PSNR against
 * the resized original, summed or averaged over the photos. Without arguments it takes the real photos of
 * ../shared/jekyll-site/images over 500 KB.
 */
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import sharp, { type Sharp } from "sharp";

type Candidate = { name: string; width: number; encode: (image: Sharp) => Sharp };
type Totals = { seconds: number; bytes: number; psnr: number; count: number };

const WIDTHS = [720, 1080, 1440];
const candidates: Candidate[] = [
  ...WIDTHS.flatMap((width) => [
    ...[0, 1, 2, 3].map((effort) => avif(width, 50, effort)),
    ...[45, 55].map((quality) => avif(width, quality, 1)),
    { name: "webp q72 e4", width, encode: (image: Sharp) => image.webp({ quality: 72, effort: 4 }) },
    jpeg(width, 78, true),
    jpeg(width, 78, false),
    jpeg(width, 74, false),
  ]),
  jpeg(2560, 86, true),
  jpeg(2560, 86, false),
  jpeg(2560, 82, false),
];

function avif(width: number, quality: number, effort: number): Candidate {
  return { name: `avif q${quality} e${effort}`, width, encode: (image) => image.avif({ quality, effort }) };
}

function jpeg(width: number, quality: number, mozjpeg: boolean): Candidate {
  const name = `jpeg q${quality}${mozjpeg ? " mozjpeg" : ""}`;
  return { name, width, encode: (image) => image.jpeg({ quality, mozjpeg, progressive: true }) };
}

const shared = path.resolve("..", "shared", "jekyll-site", "images");
const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync(shared)
      .filter((name) => /\.jpe?g$/i.test(name))
      .map((name) => path.join(shared, name))
      .filter((file) => statSync(file).size > 500_000);
sharp.concurrency(1);
sharp.cache(false);
const totals = new Map<string, Totals>();
for (const file of files) {
  const { data, info } = await sharp(file).rotate().raw().toBuffer({ resolveWithObject: true });
  const raw = { raw: { width: info.width, height: info.height, channels: info.channels } };
  for (const width of [...new Set(candidates.map((candidate) => candidate.width))]) {
    const resized = await sharp(data, raw).resize({ width, withoutEnlargement: true }).raw().toBuffer({
      resolveWithObject: true,
    });
    const input = { raw: { width: resized.info.width, height: resized.info.height, channels: info.channels } };
    for (const candidate of candidates.filter((entry) => entry.width === width)) {
      // CPU time, the better of two: on a shared machine, wall time mostly measures the others' load.
      let seconds = Infinity;
      let encoded = Buffer.alloc(0);
      for (let round = 0; round < 2; round += 1) {
        const started = process.cpuUsage();
        encoded = await candidate.encode(sharp(resized.data, input)).toBuffer();
        const used = process.cpuUsage(started);
        seconds = Math.min(seconds, (used.user + used.system) / 1e6);
      }
      const decoded = await sharp(encoded).removeAlpha().raw().toBuffer();
      const key = `${width}\t${candidate.name}`;
      const total = totals.get(key) ?? { seconds: 0, bytes: 0, psnr: 0, count: 0 };
      totals.set(key, {
        seconds: total.seconds + seconds,
        bytes: total.bytes + encoded.length,
        psnr: total.psnr + psnr(resized.data, decoded),
        count: total.count + 1,
      });
    }
  }
  process.stderr.write(".");
}
console.log(`\n${files.length} photos\n| width | setting | CPU seconds (sum) | KB (mean) | PSNR dB (mean) |`);
console.log("| ---: | --- | ---: | ---: | ---: |");
for (const [key, { seconds, bytes, psnr, count }] of totals) {
  const [width, name] = key.split("\t");
  console.log(
    `| ${width} | ${name} | ${seconds.toFixed(2)} | ${(bytes / count / 1000).toFixed(0)} | ${(psnr / count).toFixed(2)} |`,
  );
}

function psnr(reference: Buffer, other: Buffer): number {
  let squared = 0;
  for (let index = 0; index < reference.length; index += 1) {
    const difference = (reference[index] ?? 0) - (other[index] ?? 0);
    squared += difference * difference;
  }
  return 10 * Math.log10((255 * 255) / (squared / reference.length));
}
