import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { JsonLd } from "@/components/layout/json-ld";
import { Pagination } from "@/components/layout/pagination";
import { PostList } from "@/components/posts/post-list";
import { SiteIntro } from "@/components/layout/site-intro";
import { SitePageView } from "@/components/pages/site-page-view";
import { UpcomingMeetup } from "@/components/meetups/upcoming-meetup";
import { buildCollectionGraph, buildWebSiteGraph } from "@/lib/seo/json-ld";
import { buildPageMetadata } from "@/lib/seo/metadata";
import { getPageParams, getPageForSegments } from "@/lib/pages/page-route";
import { countPages, pageParams, pagePath, paginate, parsePageParam } from "@/lib/lists/pagination";
import { getAllPosts } from "@/lib/collection/posts";

type Props = { params: Promise<{ page?: string[] }> };

export const dynamicParams = false;

// One optional catch-all at the root serves the home page, its pagination (/page/2/) and every page of
// content/pages/ (/speak/): Next allows no second catch-all beside it. Static folders (posts/, tags/...) win.
export function generateStaticParams() {
  return [...pageParams(getAllPosts().length).map((page) => ({ page })), ...getPageParams()];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const segments = (await params).page;
  const sitePage = getPageForSegments(segments);
  if (sitePage) {
    const { title, description, excerpt, permalink } = sitePage;
    return buildPageMetadata({ title, description: description ?? excerpt, path: permalink });
  }
  const count = getAllPosts().length;
  const page = parsePageParam(segments, count) ?? 1;
  const pagination = { base: "/", page, totalPages: countPages(count) };
  const title = page > 1 ? `Posts, page ${page}` : undefined;
  return buildPageMetadata({ title, path: pagePath("/", page), pagination });
}

export default async function HomePage({ params }: Props) {
  const segments = (await params).page;
  const sitePage = getPageForSegments(segments);
  if (sitePage) return <SitePageView page={sitePage} />;
  const posts = getAllPosts();
  const page = parsePageParam(segments, posts.length);
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
