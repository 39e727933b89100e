import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PostBody } from "@/components/post-body";
import { PostHeader } from "@/components/post-header";
import { TwitterMomentLink } from "@/components/twitter-moment-link";
import { getAllPostsIncludingHidden, getPostBySlug } from "@/lib/posts";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getAllPostsIncludingHidden().map((post) => ({ slug: post.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = getPostBySlug((await params).slug);
  return post ? { title: post.title, description: post.description ?? post.excerpt } : {};
}

export default async function PostPage({ params }: Props) {
  const post = getPostBySlug((await params).slug);
  if (!post) notFound();
  const heroShown = Boolean(post.image && !post.hide_image);
  return (
    <article className="post">
      <PostHeader post={post} heroShown={heroShown} />
      <PostBody tree={post.body} eagerFirstImage={!heroShown} />
      <TwitterMomentLink url={post.twitter_moment} />
    </article>
  );
}
