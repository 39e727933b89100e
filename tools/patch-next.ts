/**
 * Run after every install (`postinstall`): teach Next's page renderer to skip the per-segment prefetch data
 * when the static export is built. For each page Next decodes its whole Flight payload again and encodes
 * one file per layout segment, for its client router to prefetch; the export ships no client router
 * (pipeline/export/strip-client-runtime.ts deletes those files), so that work, about a quarter of the build,
 * is thrown away. pipeline/build.ts sets SKIP_SEGMENT_DATA_ENV for `next build` of the export only: server
 * mode and `next dev` keep the data, as does any build where this patch did not apply (slower, not wrong).
 *
 * The edit is one expression in Next's compiled runtimes, found by its shape. A Next release that changes
 * it leaves the file as it was and this prints a warning; tools/patch-next.test.ts then fails, so that an
 * upgrade (docs/upgrading-next.md) looks again.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const SKIP_SEGMENT_DATA_ENV = "BUILD_SKIP_SEGMENT_DATA";

// The runtimes `next build` renders pages with: Turbopack's and webpack's, each with an experimental twin.
export const RUNTIMES = ["app-page-turbo", "app-page-turbo-experimental", "app-page", "app-page-experimental"].map(
  (name) => path.join("node_modules", "next", "dist", "compiled", "next-server", `${name}.runtime.prod.js`),
);

const CALL = /(\b\w+)\.segmentData=await (\w+)\.collectSegmentData\(/g;
const GUARD = `process.env.${SKIP_SEGMENT_DATA_ENV}==="1"?void 0:`;

/** The runtime's text with the guard in front of the segment data's collection; "absent" if there is none. */
export function patchRuntime(text: string): { text: string; result: "patched" | "already" | "absent" } {
  if (text.includes(`segmentData=${GUARD}await `)) return { text, result: "already" };
  const patched = text.replace(CALL, (_call, metadata: string, module: string) => {
    return `${metadata}.segmentData=${GUARD}await ${module}.collectSegmentData(`;
  });
  return patched === text ? { text, result: "absent" } : { text: patched, result: "patched" };
}

function main(): void {
  const missing: string[] = [];
  for (const file of RUNTIMES) {
    if (!existsSync(file)) continue;
    const { text, result } = patchRuntime(readFileSync(file, "utf8"));
    if (result === "patched") writeFileSync(file, text);
    if (result === "absent") missing.push(file);
  }
  if (missing.length > 0)
    console.warn(
      `tools/patch-next.ts: no segment data call found in ${missing.join(", ")}; the export builds as before, only slower (docs/upgrading-next.md).`,
    );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
