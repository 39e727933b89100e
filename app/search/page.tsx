import Link from "next/link";
import { JsonLd } from "@/components/layout/json-ld";
import { SearchPanel } from "@/components/search/search-panel";
import { buildPageGraph } from "@/lib/seo/json-ld";
import { buildPageMetadata } from "@/lib/seo/metadata";
import { site } from "@/lib/site";

const PAGE = { title: "Search", path: "/search/", description: `Search every ${site.name} writeup.` };

export const metadata = buildPageMetadata({ ...PAGE, noindex: true });

export default function SearchPage() {
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
      <SearchPanel />
      <JsonLd graph={buildPageGraph({ ...PAGE, type: "SearchResultsPage" })} />
    </>
  );
}
