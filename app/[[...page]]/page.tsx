import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { JsonLd } from "@/components/layout/json-ld";
import { Pagination } from "@/components/layout/pagination";
import { PostList } from "@/components/posts/post-list";
import { SiteIntro } from "@/components/layout/site-intro";
import { UpcomingMeetup } from "@/components/meetups/upcoming-meetup";
import { buildCollectionGraph, buildWebSiteGraph } from "@/lib/seo/json-ld";
import { buildPageMetadata } from "@/lib/seo/metadata";
import { countPages, pageParams, pagePath, paginate, parsePageParam } from "@/lib/lists/pagination";
import { getAllPosts } from "@/lib/collection/posts";

type Props = { params: Promise<{ page?: string[] }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return pageParams(getAllPosts().length).map((page) => ({ page }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const count = getAllPosts().length;
  const page = parsePageParam((await params).page, count) ?? 1;
  const pagination = { base: "/", page, totalPages: countPages(count) };
  const title = page > 1 ? `Posts, page ${page}` : undefined;
  return buildPageMetadata({ title, path: pagePath("/", page), pagination });
}

export default async function HomePage({ params }: Props) {
  const posts = getAllPosts();
  const page = parsePageParam((await params).page, posts.length);
  if (!page) notFound();
  const list = paginate(posts, page);
  return (
    <>
      {page === 1 ? (
        <>
          <SiteIntro />
          <UpcomingMeetup />
          <h2 className="list-heading">Latest posts</h2>
        </>
      ) : (
        <h1>Posts, page {page}</h1>
      )}
      <PostList posts={list.items} />
      <Pagination base="/" page={list.page} totalPages={list.totalPages} />
      <JsonLd
        graph={
          page === 1
            ? buildWebSiteGraph()
            : buildCollectionGraph({ name: `Posts, page ${page}`, path: pagePath("/", page) })
        }
      />
    </>
  );
}
