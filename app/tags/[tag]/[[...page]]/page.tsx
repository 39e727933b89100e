import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Pagination } from "@/components/pagination";
import { PostList } from "@/components/post-list";
import { pageParams, paginate, parsePageParam } from "@/lib/pagination";
import { getAllTags, getPostsByTag } from "@/lib/posts";

type Props = { params: Promise<{ tag: string; page?: string[] }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getAllTags().flatMap((tag) => pageParams(tag.count).map((page) => ({ tag: tag.slug, page })));
}

function findTag(slug: string) {
  return getAllTags().find((tag) => tag.slug === slug);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag: slug, page } = await params;
  const tag = findTag(slug);
  const number = parsePageParam(page, tag?.count ?? 0) ?? 1;
  return tag ? { title: `Posts tagged ${tag.name}${number > 1 ? `, page ${number}` : ""}` } : {};
}

export default async function TagPage({ params }: Props) {
  const { tag: slug, page: segments } = await params;
  const tag = findTag(slug);
  const posts = getPostsByTag(slug);
  const page = parsePageParam(segments, posts.length);
  if (!tag || !page) notFound();
  const list = paginate(posts, page);
  return (
    <>
      <h1>Posts tagged “{tag.name}”</h1>
      <p className="meta">
        {tag.count} {tag.count === 1 ? "post" : "posts"}
      </p>
      <PostList posts={list.items} />
      <Pagination base={`/tags/${tag.slug}/`} page={list.page} totalPages={list.totalPages} />
    </>
  );
}
