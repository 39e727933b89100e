import type { NextConfig } from "next";
import { site } from "./lib/site";

// BUILD_MODE=server builds for `next start` (redirects and headers served by Next);
// anything else is the static export in out/ that any static host serves.
const serverMode = process.env.BUILD_MODE === "server";

const nextConfig: NextConfig = {
  output: serverMode ? undefined : "export",
  // scripts/build.ts exports into a staging folder first; see there.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  trailingSlash: true,
  basePath: site.basePath || undefined,
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
  env: { NEXT_PUBLIC_BASE_PATH: site.basePath },
};

export default nextConfig;
