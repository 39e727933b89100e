import { buildSiteFeed } from "@/lib/seo/feeds";

export const dynamic = "force-static";

export function GET() {
  return new Response(buildSiteFeed(), { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
