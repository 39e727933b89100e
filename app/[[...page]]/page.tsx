import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { JsonLd } from "@/components/layout/json-ld";
import { Pagination } from "@/components/layout/pagination";
import { PostList } from "@/components/posts/post-list";
import { SiteIntro } from "@/components/layout/site-intro";
import { LatestWriteup } from "@/components/meetups/latest-writeup";
import { SitePageView } from "@/components/pages/site-page-view";
import { UpcomingMeetup } from "@/components/meetups/upcoming-meetup";
import { buildPageGraph, buildWebSiteGraph } from "@/lib/seo/json-ld";
import { buildPageMetadata } from "@/lib/seo/metadata";
import { getPageParams, getPageForSegments } from "@/lib/pages/pages";
import { countPages, pageParams, pagePath, paginate, parsePageParam } from "@/lib/lists/pagination";
import { site } from "@/lib/site";
import { getAllPosts } from "@/lib/collection/posts";
import { getUpcomingCallouts } from "@/lib/collection/meetup-callout";
import { isMeetupPost } from "@/lib/meetups/meetup-posts";

type Props = { params: Promise<{ page?: string[] }> };

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
  if (page > 1)
    return (
      <>
        <h1>Posts, page {page}</h1>
        <PostList posts={list} />
        <Pagination base="/" page={page} totalPages={countPages(posts.length)} />
        <JsonLd graph={buildPageGraph({ title: `Posts, page ${page}`, path: pagePath("/", page) })} />
      </>
    );
  // Who we are in one line, then the next meetup (or, with none announced, the latest writeup), then the posts.
  const latest = posts.find(isMeetupPost) ?? posts[0];
  const leadOnly = getUpcomingCallouts().length === 0 ? latest : undefined;
  return (
    <>
      <h1 id="intro-heading" className="home-headline">
        {site.intro.headline}
      </h1>
      <div className="home-lead">{latest ? <UpcomingMeetup fallback={<LatestWriteup post={latest} />} /> : null}</div>
      <h2 className="list-heading">Latest posts</h2>
      <PostList posts={list.filter((post) => post !== leadOnly)} />
      <Pagination base="/" page={page} totalPages={countPages(posts.length)} />
      <SiteIntro />
      <JsonLd graph={buildWebSiteGraph()} />
    </>
  );
}
