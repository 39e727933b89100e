import { formatDate, toDateKey, yearOf } from "@/lib/content/dates";
import type { Post } from "@/lib/collection/posts";

/** Invisible facts about a post for the search index: its title and date to show, its tags and year to filter on. */
export function SearchIndexFields({ post }: { post: Post }) {
  return (
    <div hidden>
      <span data-pagefind-meta={`title:${post.title}`} />
      <span data-pagefind-meta={`date:${formatDate(post.date)}`} />
      <span data-pagefind-sort={`date:${toDateKey(post.date)}`} />
      <span data-pagefind-filter={`year:${yearOf(post.date)}`} />
      {post.tags.map((tag) => (
        <span key={tag.slug} data-pagefind-filter={`tag:${tag.name}`} />
      ))}
    </div>
  );
}
