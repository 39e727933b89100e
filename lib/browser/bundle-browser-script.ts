import path from "node:path";
import { build } from "esbuild";
import type { BrowserScript } from "./browser-scripts";

const bundles = new Map<BrowserScript, Promise<string>>();

/** One browser script bundled and minified for the browsers Next supports, once per process. */
export function bundleBrowserScript(name: BrowserScript): Promise<string> {
  const bundle =
    bundles.get(name) ??
    build({
      entryPoints: [path.join(process.cwd(), "lib", "browser", `${name}.ts`)],
      bundle: true,
      format: "esm",
      platform: "browser",
      target: ["chrome111", "edge111", "firefox111", "safari16.4"],
      minify: true,
      legalComments: "none",
      write: false,
      logLevel: "silent",
    }).then((result) => result.outputFiles[0]?.text ?? "");
  bundles.set(name, bundle);
  return bundle;
}
