import Link from "next/link";
import { JsonLd } from "@/components/layout/json-ld";
import { buildPageGraph } from "@/lib/seo/json-ld";
import { buildPageMetadata } from "@/lib/seo/metadata";
import { getAllTags } from "@/lib/collection/posts";
import { site, tagPath } from "@/lib/site";
import { plural } from "@/lib/plural";

const PAGE = { title: "Tags", path: "/tags/", description: `Every topic the ${site.name} writeups cover.` };

export const metadata = buildPageMetadata(PAGE);

export default function TagsPage() {
  const tags = getAllTags();
  return (
    <>
      <h1>Tags</h1>
      <ul className="tag-index">
        {tags.map((tag) => (
          <li key={tag.slug}>
            <Link href={tagPath(tag.slug)} prefetch={false}>
              {tag.name}
            </Link>{" "}
            <span className="count">{plural(tag.count, "post")}</span>
          </li>
        ))}
      </ul>
      <JsonLd graph={buildPageGraph(PAGE)} />
    </>
  );
}
