import { buildTagFeed } from "@/lib/seo/feeds";
import { getAllTags } from "@/lib/collection/posts";
import { PLACEHOLDER_PARAM, withPlaceholder } from "@/lib/lists/static-params";

export const dynamic = "force-static";

export function generateStaticParams() {
  const params = getAllTags().map((tag) => ({ tag: tag.slug }));
  return withPlaceholder(params, { tag: PLACEHOLDER_PARAM });
}

export async function GET(_request: Request, { params }: { params: Promise<{ tag: string }> }) {
  const feed = buildTagFeed((await params).tag);
  if (!feed) return new Response("No such tag", { status: 404 });
  return new Response(feed, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
