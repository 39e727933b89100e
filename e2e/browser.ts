import { existsSync } from "node:fs";
import type { LaunchOptions } from "@playwright/test";
import { toolEnv } from "../lib/env";

/** Debian's Chromium when it is there (CI and these machines), else Playwright's own browser. */
export function chromiumLaunchOptions(): LaunchOptions {
  const executablePath = toolEnv.chromiumPath ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
  if (!executablePath) return {};
  return {
    executablePath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  };
}
