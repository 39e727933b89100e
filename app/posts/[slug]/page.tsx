import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PostBody } from "@/components/posts/post-body";
import { PostHeader } from "@/components/posts/post-header";
import { PostMeetup, PostOwnMeetup } from "@/components/meetups/post-meetup";
import { JsonLd } from "@/components/layout/json-ld";
import { PostNavigation } from "@/components/posts/post-navigation";
import { buildPostGraph } from "@/lib/seo/json-ld";
import { buildPostMetadata } from "@/lib/seo/metadata";
import { getAllPostsIncludingHidden, getPostBySlug } from "@/lib/collection/posts";
import { PLACEHOLDER_PARAM, withPlaceholder } from "@/lib/lists/static-params";

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  // A post with redirect_to gets a redirect page instead (pipeline/steps/redirect-files.ts).
  const params = getAllPostsIncludingHidden().flatMap((post) => (post.redirect_to ? [] : [{ slug: post.slug }]));
  return withPlaceholder(params, { slug: PLACEHOLDER_PARAM });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = getPostBySlug((await params).slug);
  return post ? buildPostMetadata(post) : {};
}

export default async function PostPage({ params }: Props) {
  const post = getPostBySlug((await params).slug);
  if (!post) notFound();
  const heroShown = Boolean(post.image && !post.hide_image);
  return (
    <>
      <article className="post" data-pagefind-body>
        <PostHeader post={post} heroShown={heroShown} />
        <PostOwnMeetup post={post} />
        <PostBody tree={post.body} eagerFirstImage={!heroShown} />
        <PostMeetup post={post} />
      </article>
      <PostNavigation slug={post.slug} />
      <JsonLd graph={buildPostGraph(post)} />
    </>
  );
}
