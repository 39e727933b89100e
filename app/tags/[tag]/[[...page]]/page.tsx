import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { JsonLd } from "@/components/layout/json-ld";
import { Pagination } from "@/components/layout/pagination";
import { PostList } from "@/components/posts/post-list";
import { feedPath } from "@/lib/seo/feeds";
import { buildPageGraph } from "@/lib/seo/json-ld";
import { buildPageMetadata } from "@/lib/seo/metadata";
import { countPages, pageParams, pagePath, paginate, parsePageParam } from "@/lib/lists/pagination";
import { site, tagPath } from "@/lib/site";
import { getAllTags, getPostsByTag } from "@/lib/collection/posts";
import { PLACEHOLDER_PARAM, withPlaceholder } from "@/lib/lists/static-params";
import { plural } from "@/lib/plural";

type Props = { params: Promise<{ tag: string; page?: string[] }> };

export function generateStaticParams() {
  const params = getAllTags().flatMap((tag) => pageParams(tag.count).map((page) => ({ tag: tag.slug, page })));
  return withPlaceholder(params, { tag: PLACEHOLDER_PARAM, page: [] });
}

function findTag(slug: string) {
  return getAllTags().find((tag) => tag.slug === slug);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag: slug, page } = await params;
  const tag = findTag(slug);
  const number = parsePageParam(page, tag?.count ?? 0) ?? 1;
  if (!tag) return {};
  const base = tagPath(tag.slug);
  return buildPageMetadata({
    title: `Posts tagged ${tag.name}${number > 1 ? `, page ${number}` : ""}`,
    description: `${site.name} posts about ${tag.name}.`,
    path: pagePath(base, number),
    pagination: { base, page: number, totalPages: countPages(tag.count) },
    feed: { title: `${site.name}: ${tag.name}`, path: feedPath(tag.slug) },
  });
}

export default async function TagPage({ params }: Props) {
  const { tag: slug, page: segments } = await params;
  const tag = findTag(slug);
  const posts = getPostsByTag(slug);
  const page = parsePageParam(segments, posts.length);
  if (!tag || !page) notFound();
  return (
    <>
      <h1>Posts tagged “{tag.name}”</h1>
      <p className="meta">{plural(tag.count, "post")}</p>
      <PostList posts={paginate(posts, page)} />
      <Pagination base={tagPath(tag.slug)} page={page} totalPages={countPages(tag.count)} />
      <JsonLd graph={buildPageGraph({ title: `Posts tagged ${tag.name}`, path: pagePath(tagPath(tag.slug), page) })} />
    </>
  );
}
