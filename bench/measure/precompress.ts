import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const COMPRESSIBLE = /\.(html|js|css|txt|json|xml|svg|ics|webmanifest)$/;

/** Write a gzip (level 6) sibling `file.gz` next to every text file of an export, as static hosts serve them. */
export function precompress(siteDir: string): number {
  let count = 0;
  for (const entry of readdirSync(siteDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !COMPRESSIBLE.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: 6 }));
    count += 1;
  }
  return count;
}
