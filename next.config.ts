import type { NextConfig } from "next";
import { env } from "./lib/env";
import { getNextRedirects } from "./lib/redirects/redirects";
import { FILE_HEADERS, IMAGE_PATH, securityHeaders, SVG_EXTENSION } from "./lib/security/security-headers";
import { site } from "./lib/site";
import { nextExperimentalFlags } from "./pipeline/next/experimental-flags";

// BUILD_MODE=server builds for `next start` (redirects and headers served by Next) into .next-server/;
// anything else is the static export in out/ that any static host serves.
const serverMode = env.serverMode;

const nextConfig: NextConfig = {
  // Not under `next dev`, which checks each path against a list of params it refreshes only after answering,
  // so a post saved a second ago would be a 500 ("missing param"); there every page's notFound() answers instead.
  output: serverMode || env.development ? undefined : "export",
  // pipeline/build.ts exports into a folder of its own first; see pipeline/next/README.md.
  distDir: env.nextDistDir ?? (serverMode ? ".next-server" : ".next"),
  trailingSlash: true,
  basePath: site.basePath || undefined,
  images: { unoptimized: true },
  // `npm run typecheck` checks the types (CI, `npm test`); a build only turns content into pages.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  // Bundles the browser scripts at build time (app/js/[file]/route.ts); a native binary, so never bundled itself.
  serverExternalPackages: ["esbuild"],
  reactStrictMode: true,
  env: { NEXT_PUBLIC_BASE_PATH: site.basePath },
  // Only a Next server can answer redirects; the static export writes redirect pages instead
  // (pipeline/steps/redirect-files.ts), so it declares none and Next prints no warning about them.
  ...(serverMode && { redirects: async () => getNextRedirects() }),
  // The static export's headers are in out/_headers (pipeline/export/write-headers-file.ts); Next sends them itself here.
  ...(serverMode && {
    headers: async () => [
      { source: "/:path*", headers: [...securityHeaders("server")] },
      { source: `${IMAGE_PATH}:path*`, headers: [...FILE_HEADERS] },
      // Every SVG, wherever it is (a path-to-regexp pattern: any path ending in .svg).
      { source: `/:path(.*\\${SVG_EXTENSION})`, headers: [...FILE_HEADERS] },
    ],
  }),
  experimental: nextExperimentalFlags(serverMode),
};

export default nextConfig;
