import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Pagination } from "@/components/pagination";
import { PostList } from "@/components/post-list";
import { UpcomingMeetup } from "@/components/upcoming-meetup";
import { pageParams, paginate, parsePageParam } from "@/lib/pagination";
import { getAllPosts } from "@/lib/posts";
import { site } from "@/lib/site";

type Props = { params: Promise<{ page?: string[] }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return pageParams(getAllPosts().length).map((page) => ({ page }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = parsePageParam((await params).page, getAllPosts().length);
  return page && page > 1 ? { title: `Posts, page ${page}` } : { title: { absolute: site.name } };
}

export default async function HomePage({ params }: Props) {
  const posts = getAllPosts();
  const page = parsePageParam((await params).page, posts.length);
  if (!page) notFound();
  const list = paginate(posts, page);
  return (
    <>
      <h1 className={page === 1 ? "visually-hidden" : undefined}>
        {page === 1 ? `${site.name}: latest posts` : `Posts, page ${page}`}
      </h1>
      {page === 1 ? <UpcomingMeetup /> : null}
      <PostList posts={list.items} />
      <Pagination base="/" page={list.page} totalPages={list.totalPages} />
    </>
  );
}
