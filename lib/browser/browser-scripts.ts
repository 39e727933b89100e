import { withBasePath } from "../site";

/** The site's own browser scripts, one per interactive part, each bundled from lib/browser/<name>.ts. */
export const BROWSER_SCRIPTS = [
  "meetup-status",
  "embed-facade",
  "search-page",
  "gallery-viewer",
  "call-for-speakers",
] as const;

/** The name of one of the site's browser scripts. */
export type BrowserScript = (typeof BROWSER_SCRIPTS)[number];

/** True when `name` is one of the site's browser scripts. */
export function isBrowserScript(name: string): name is BrowserScript {
  return (BROWSER_SCRIPTS as readonly string[]).includes(name);
}

/** Where a browser script is served: /js/<name>.js, under the base path. */
export function browserScriptPath(name: BrowserScript): string {
  return withBasePath(`/js/${name}.js`);
}
