import { ArchiveList } from "@/components/posts/archive-list";
import { JsonLd } from "@/components/layout/json-ld";
import { getArchive } from "@/lib/lists/archive";
import { buildPageGraph } from "@/lib/seo/json-ld";
import { buildPageMetadata } from "@/lib/seo/metadata";
import { site } from "@/lib/site";

const PAGE = { title: "Archive", path: "/archive/", description: `Every ${site.name} post, by year and month.` };

export const metadata = buildPageMetadata(PAGE);

export default function ArchivePage() {
  return (
    <>
      <h1>Archive</h1>
      <ArchiveList years={getArchive()} linkYears />
      <JsonLd graph={buildPageGraph(PAGE)} />
    </>
  );
}
