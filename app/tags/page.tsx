import Link from "next/link";
import { getAllTags } from "@/lib/posts";

export const metadata = { title: "Tags", description: "Every topic the Cloud Native London writeups cover." };

export default function TagsPage() {
  const tags = getAllTags();
  return (
    <>
      <h1>Tags</h1>
      <ul className="tag-index">
        {tags.map((tag) => (
          <li key={tag.slug}>
            <Link href={`/tags/${tag.slug}/`} prefetch={false}>
              {tag.name}
            </Link>{" "}
            <span className="count">
              {tag.count} {tag.count === 1 ? "post" : "posts"}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
