import { buildTagFeed } from "@/lib/feeds";
import { getAllTags } from "@/lib/posts";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return getAllTags().map((tag) => ({ tag: tag.slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ tag: string }> }) {
  const feed = buildTagFeed((await params).tag);
  if (!feed) return new Response("No such tag", { status: 404 });
  return new Response(feed, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
