import { readFileSync } from "node:fs";
import path from "node:path";
import { site } from "../site";
import { env } from "../env";

const RASTER_TYPES: Record<string, string> = { ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg" };

/**
 * The favicon, /icon.svg: the logo (site.yml's `logo`), or the name's first letter on the accent colour.
 * Every file here is under public/, which the check has read for scripts (lib/check/public-file-checks.ts).
 */
export function siteIconSvg(): string {
  if (site.logo) {
    const file = path.join(env.siteDir, "public", site.logo);
    const extension = path.extname(file).toLowerCase();
    if (extension === ".svg") return readFileSync(file, "utf8");
    const type = RASTER_TYPES[extension] ?? "image/webp";
    const data = `data:${type};base64,${readFileSync(file).toString("base64")}`;
    return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><image href="${data}" width="64" height="64"/></svg>`;
  }
  const letter = escapeXml(Array.from(site.shortName)[0] ?? "");
  const { accent, accentText } = site.theme;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="${accent}"/>` +
    `<text x="32" y="44" text-anchor="middle" font-family="system-ui, sans-serif" font-size="36" font-weight="700" fill="${accentText}">${letter}</text></svg>`
  );
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
