import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { nextWorkerSetup } from "../../pipeline/next/experimental-flags";
import { readStaticGeneration, type StaticGeneration } from "../measure/next-trace";

/** A built bare app: its export, Next's output, and its static generation from Next's trace. */
export type BareBuild = { outDir: string; stdout: string; staticGeneration: StaticGeneration | undefined };

const LAYOUT =
  'export default function RootLayout({ children }) {\n  return <html lang="en"><body>{children}</body></html>;\n}\n';
// Many one-line pages, to time Next's static generation on its own.
const oneLinePages = (pages: number) =>
  [
    "export const dynamicParams = false;",
    "export function generateStaticParams() {",
    `  return Array.from({ length: ${pages} }, (_, n) => ({ n: String(n) }));`,
    "}",
    "export default async function Page({ params }) {",
    "  return <p>Page {(await params).n}</p>;",
    "}",
    "",
  ].join("\n");

/**
 * Write and build, with the Next installed here, a bare App Router app in `project`: one layout, one page
 * saying "Hello" and `pages` one-line pages from generateStaticParams (static export, browser source maps),
 * rendered by the same workers as the site's (pipeline/next/experimental-flags.ts), so that their times compare.
 */
export function buildBareApp(project: string, pages: number): BareBuild {
  const config = { output: "export", productionBrowserSourceMaps: true, experimental: nextWorkerSetup() };
  const files: Record<string, string> = {
    "app/layout.jsx": LAYOUT,
    "app/page.jsx": "export default function Page() {\n  return <p>Hello</p>;\n}\n",
    "app/p/[n]/page.jsx": oneLinePages(pages),
    "next.config.mjs": `export default ${JSON.stringify(config)};\n`,
  };
  rmSync(project, { recursive: true, force: true });
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(project, name)), { recursive: true });
    writeFileSync(path.join(project, name), text);
  }
  const build = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build", project], {
    stdio: ["ignore", "pipe", "inherit"],
    encoding: "utf8",
  });
  if (build.status !== 0) throw new Error(`the bare Next app did not build:\n${build.stdout}`);
  const staticGeneration = readStaticGeneration(path.join(project, ".next"), build.stdout);
  return { outDir: path.join(project, "out"), stdout: build.stdout, staticGeneration };
}
