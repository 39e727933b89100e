import { readFileSync } from "node:fs";
import path from "node:path";
import { site } from "../site";
import { env } from "../env";

// A logo is svg, png, jpg, jpeg or webp (lib/settings/site-schema.ts): its media type is image/ and these.
const SUBTYPES: Record<string, string> = { svg: "svg+xml", jpg: "jpeg" };

/** The logo (site.yml's `logo`, a file under public/) as a data URL, or undefined for a wordmark. */
export function logoDataUrl(): string | undefined {
  if (!site.logo) return undefined;
  const extension = path.extname(site.logo).slice(1).toLowerCase();
  const data = readFileSync(path.join(env.siteDir, "public", site.logo)).toString("base64");
  return `data:image/${SUBTYPES[extension] ?? extension};base64,${data}`;
}

/** The favicon, /icon.svg: the logo (site.yml's `logo`), or the name's first letter on the accent colour. */
export function siteIconSvg(): string {
  // A file under public/, which the check has read for scripts (lib/check/public-file-checks.ts).
  if (site.logo && /\.svg$/i.test(site.logo)) return readFileSync(path.join(env.siteDir, "public", site.logo), "utf8");
  const logo = logoDataUrl();
  if (logo)
    return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><image href="${logo}" width="64" height="64"/></svg>`;
  // As a character reference, the letter needs no escaping whatever it is.
  const code = site.shortName.codePointAt(0);
  const { accent, accentText } = site.theme;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="${accent}"/>` +
    `<text x="32" y="44" text-anchor="middle" font-family="system-ui, sans-serif" font-size="36" font-weight="700" fill="${accentText}">${code === undefined ? "" : `&#${code};`}</text></svg>`
  );
}
