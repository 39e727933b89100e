import type { Post } from "@/lib/collection/posts";
import { getWriteupLinks, isMeetupPost } from "@/lib/meetups/meetup-posts";
import { DraftBadge } from "./draft-badge";
import { getImageSources } from "@/lib/images/picture";
import { PostCover } from "./post-cover";
import { PostDate } from "./post-date";
import { PostTitle } from "./post-title";
import { tagPath } from "@/lib/site";
import { LinkList } from "../layout/link-list";

/** A post's title (its series part over the rest), then date, location, tags and, on a writeup, its writeup, recording and photos. */
export function PostHeader({ post, heroShown }: { post: Post; heroShown: boolean }) {
  const sections = getWriteupLinks(post);
  return (
    <header className="post-header">
      <h1 className="post-title">
        <PostTitle title={post.title} />
      </h1>
      <p className="meta" data-pagefind-ignore>
        <PostDate date={post.date} />
        {post.location ? <span> · {post.location}</span> : null}
        {isMeetupPost(post) ? null : <span> · {post.readingMinutes} min read</span>}
        {post.published ? null : <DraftBadge />}
      </p>
      <LinkList
        className="tags"
        aria-label="Tags"
        data-pagefind-ignore
        links={post.tags.map((tag) => ({ href: tagPath(tag.slug), label: tag.name }))}
      />
      {/* The writeup alone is just below: the links earn their place with a recording or photos. */}
      {sections.length > 1 ? (
        <nav className="writeup-links" aria-label="This meetup" data-pagefind-ignore>
          <LinkList links={sections} />
        </nav>
      ) : null}
      {heroShown && post.image ? (
        <figure className="hero">
          <HeroPhoto src={post.image} title={post.title} />
        </figure>
      ) : null}
    </header>
  );
}

// The header photo, linked to its full size (the original's own path) where the photo pipeline has one.
function HeroPhoto({ src, title }: { src: string; title: string }) {
  const cover = <PostCover image={{ src, alt: title }} role="body" priority />;
  const { fullSize } = getImageSources(src, "body");
  return fullSize ? (
    <a href={fullSize} className="photo-link">
      {cover}
    </a>
  ) : (
    cover
  );
}
