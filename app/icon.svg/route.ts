import { siteIconSvg } from "@/lib/seo/site-icon";

export const dynamic = "force-static";

/** /icon.svg: the favicon, from site.yml's logo or accent colour (lib/settings/site-icon.ts). */
export function GET() {
  return new Response(siteIconSvg(), { headers: { "Content-Type": "image/svg+xml" } });
}
