import Link from "next/link";
import { JsonLd } from "@/components/layout/json-ld";
import { SearchPanel } from "@/components/search/search-panel";
import { getArchiveYears } from "@/lib/lists/archive";
import { buildPageGraph } from "@/lib/seo/json-ld";
import { buildPageMetadata } from "@/lib/seo/metadata";
import { getAllTags } from "@/lib/collection/posts";
import { site, withBasePath } from "@/lib/site";

const PAGE = { title: "Search", path: "/search/", description: `Search every ${site.name} writeup.` };

export const metadata = buildPageMetadata({ ...PAGE, noindex: true });

export default function SearchPage() {
  const tags = getAllTags()
    .map((tag) => tag.name)
    .sort((a, b) => a.localeCompare(b));
  return (
    <>
      <h1>Search</h1>
      <noscript>
        <p>
          Search needs JavaScript. Every post is listed by date in{" "}
          <Link href="/archive/" prefetch={false}>
            the archive
          </Link>{" "}
          and by topic under{" "}
          <Link href="/tags/" prefetch={false}>
            tags
          </Link>
          .
        </p>
      </noscript>
      <SearchPanel action={withBasePath("/search/")} basePath={site.basePath} tags={tags} years={getArchiveYears()} />
      <JsonLd graph={buildPageGraph({ ...PAGE, type: "SearchResultsPage" })} />
    </>
  );
}
