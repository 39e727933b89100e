import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArchiveList } from "@/components/posts/archive-list";
import { JsonLd } from "@/components/layout/json-ld";
import { archiveYearPath, getArchiveYear, getArchiveYears } from "@/lib/lists/archive";
import { buildPageGraph } from "@/lib/seo/json-ld";
import { buildPageMetadata } from "@/lib/seo/metadata";
import { PLACEHOLDER_PARAM, withPlaceholder } from "@/lib/lists/static-params";
import { plural } from "@/lib/plural";

type Props = { params: Promise<{ year: string }> };

export function generateStaticParams() {
  const params = getArchiveYears().map((year) => ({ year: String(year) }));
  return withPlaceholder(params, { year: PLACEHOLDER_PARAM });
}

function describeYear(year: string) {
  return { title: `Posts from ${year}`, path: archiveYearPath(Number(year)), description: `Every post of ${year}.` };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return buildPageMetadata(describeYear((await params).year));
}

export default async function ArchiveYearPage({ params }: Props) {
  const { year } = await params;
  const entry = getArchiveYear(Number(year));
  if (!entry) notFound();
  const page = describeYear(year);
  return (
    <>
      <h1>{page.title}</h1>
      <p className="meta">
        {plural(entry.count, "post")} ·{" "}
        <Link href="/archive/" prefetch={false}>
          All years
        </Link>
      </p>
      <ArchiveList years={[entry]} />
      <JsonLd graph={buildPageGraph(page)} />
    </>
  );
}
