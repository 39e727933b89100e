import type { Post } from "@/lib/collection/posts";
import { getWriteupLinks, isMeetupPost } from "@/lib/meetups/meetup-posts";
import { formatDate, toDateKey, yearOf } from "@/lib/content/dates";
import { getImageSources } from "@/lib/images/picture";
import { PostCover } from "./post-cover";
import { PostDate } from "./post-date";
import { PostTitle } from "./post-title";
import { tagPath } from "@/lib/site";
import { LinkList } from "../layout/link-list";

/** A post's title (its series part over the rest), date, location, tags and, on a writeup, its recording and photos. */
export function PostHeader({ post, heroShown }: { post: Post; heroShown: boolean }) {
  const sections = getWriteupLinks(post);
  const image = heroShown ? post.image : undefined;
  const hero = image ? <PostCover image={{ src: image, alt: post.title }} role="body" priority /> : null;
  const heroFullSize = image ? getImageSources(image, "body").fullSize : undefined;
  return (
    <header className="post-header">
      {/* For the search index: the title and date its results show, the year and tags it filters on. */}
      <div hidden>
        <span data-pagefind-meta={`title:${post.title}`} />
        <span data-pagefind-meta={`date:${formatDate(post.date)}`} />
        <span data-pagefind-sort={`date:${toDateKey(post.date)}`} />
        <span data-pagefind-filter={`year:${yearOf(post.date)}`} />
        {post.tags.map((tag) => (
          <span key={tag.slug} data-pagefind-filter={`tag:${tag.name}`} />
        ))}
      </div>
      <h1 className="post-title">
        <PostTitle title={post.title} />
      </h1>
      <p className="meta" data-pagefind-ignore>
        <PostDate date={post.date} />
        {post.location ? <span> · {post.location}</span> : null}
        {isMeetupPost(post) ? null : <span> · {post.readingMinutes} min read</span>}
        {post.published ? null : <span className="badge">Draft</span>}
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
      {hero ? (
        <figure className="hero">
          {/* Linked to its full size (the original's own path) where the photo pipeline has one. */}
          {heroFullSize ? (
            <a href={heroFullSize} className="photo-link">
              {hero}
            </a>
          ) : (
            hero
          )}
        </figure>
      ) : null}
    </header>
  );
}

