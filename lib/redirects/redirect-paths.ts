import { site } from "../site";
import { normaliseSitePath } from "../content/path-syntax";

// No backslash: browsers read it as "/", so "/\evil.example/" leaves the site.
const HTTP_URL = /^https?:\/\/[^\s"'<>\\]+$/i;

/** True for an absolute http(s) URL, the only kind of target outside the site. */
export function isHttpUrl(value: string): boolean {
  return HTTP_URL.test(value);
}

/** A site-path target as a browser requests it (dot segments resolved, unreserved characters decoded), and its rest. */
export function splitSiteTarget(value: string): { path: string; rest: string } | undefined {
  if (!value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return undefined;
  const [, before = "", rest = ""] = /^([^?#]*)(.*)$/s.exec(value) ?? [];
  return { path: normaliseSitePath(resolvePath(before)), rest };
}

/** The site path a redirect target leads to, as a path or as a URL of this very site; undefined for elsewhere. */
export function targetSitePath(to: string): string | undefined {
  return isHttpUrl(to) ? ownSitePath(to) : splitSiteTarget(to)?.path;
}

// The site path an absolute URL of this very site points at, however it is written (http or https, a default
// port, letter case or a final dot in the host, dot segments), so that chains through it are caught.
function ownSitePath(url: string): string | undefined {
  if (!URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  const own = new URL(site.url);
  const host = (candidate: URL) => candidate.host.replace(/\.(?=:|$)/, "");
  if (!/^https?:$/.test(parsed.protocol) || host(parsed) !== host(own)) return undefined;
  const path = resolvePath(parsed.pathname);
  if (site.basePath && path !== site.basePath && !path.startsWith(`${site.basePath}/`)) return undefined;
  return normaliseSitePath(path.slice(site.basePath.length) || "/");
}

// A path as the server finds the file: "%2D" and the like decoded (never "%2F"), "." and ".." resolved.
function resolvePath(path: string): string {
  const decoded = path.replace(/%(2[DdEe]|5[Ff]|7[Ee]|3\d|[46][1-9A-Fa-f]|[57][0-9Aa])/g, (code) =>
    String.fromCharCode(Number.parseInt(code.slice(1), 16)),
  );
  return new URL(decoded, "http://site.invalid").pathname;
}
