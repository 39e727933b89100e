import Link from "next/link";
import type { Tag } from "@/lib/content/tags";
import { tagPath } from "@/lib/site";

/** A post's tags as links to their tag pages. */
export function TagLinks({ tags }: { tags: readonly Tag[] }) {
  if (tags.length === 0) return null;
  return (
    <ul className="tags" aria-label="Tags" data-pagefind-ignore>
      {tags.map((tag) => (
        <li key={tag.slug}>
          <Link href={tagPath(tag.slug)} prefetch={false}>
            {tag.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
