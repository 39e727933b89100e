import { BROWSER_SCRIPTS, isBrowserScript } from "@/lib/browser/browser-scripts";
import { bundleBrowserScript } from "@/lib/browser/bundle-browser-script";

type Context = { params: Promise<{ file: string }> };

export const dynamic = "force-static";

export function generateStaticParams() {
  return BROWSER_SCRIPTS.map((name) => ({ file: `${name}.js` }));
}

/** /js/<name>.js: the site's own small scripts (lib/browser/), in place of a client framework. */
export async function GET(_request: Request, { params }: Context) {
  const name = (await params).file.replace(/\.js$/, "");
  if (!isBrowserScript(name)) return new Response("Not found", { status: 404 });
  return new Response(await bundleBrowserScript(name), {
    headers: { "Content-Type": "text/javascript; charset=utf-8" },
  });
}
